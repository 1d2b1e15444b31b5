using System.Collections.Concurrent;
using System.Text.Json;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>
/// YouTube on loopback (Kestrel on 127.0.0.1:0): the InnerTube player endpoint replays a recorded or generated
/// response per client name, and /api/timedtext answers what the test says. Every request is recorded.
/// </summary>
internal sealed class FakeYouTube : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeYouTube(WebApplication app) => _app = app;

    /// <summary>The player response for a client ("ANDROID_VR", "ANDROID"); the default serves every client.</summary>
    public Dictionary<string, string> PlayerResponses { get; } = new(StringComparer.Ordinal);

    public string? DefaultPlayerResponse { get; set; }

    public int PlayerStatus { get; set; } = 200;

    /// <summary>Awaited before each player request is answered: a test can hold requests until it releases them.</summary>
    public Func<CancellationToken, Task>? BeforePlayer { get; set; }

    /// <summary>The caption body for a query string; null gives an empty 200, as YouTube does for PO-protected tracks.</summary>
    public Func<IQueryCollection, string?> Captions { get; set; } = _ => TimedTextBodies.Json3(TimedTextBodies.Sample);

    public int CaptionStatus { get; set; } = 200;

    /// <summary>Files served at /attachments/{name}, as a platform's file server would.</summary>
    public ConcurrentDictionary<string, string> Attachments { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> PlayerClients { get; } = new();

    public ConcurrentQueue<string?> VisitorIds { get; } = new();

    public ConcurrentQueue<string> CaptionQueries { get; } = new();

    public ConcurrentQueue<string> Cookies { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>A player response from ../shared/fixtures/youtube (skips the test when absent).</summary>
    public static string Recorded(string folder, string file) => SharedFixtures.ReadText("youtube", folder, file);

    public static async Task<FakeYouTube> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeYouTube(app);
        app.MapPost("/youtubei/v1/player", (Func<HttpContext, Task<IResult>>)fake.PlayerAsync);
        app.MapGet("/api/timedtext", (Func<HttpContext, IResult>)fake.TimedText);
        app.MapGet("/attachments/{name}", (string name) => fake.Attachments.TryGetValue(name, out var text) ? Results.Text(text, "text/plain") : Results.NotFound());
        await app.StartAsync(TestContext.Current.CancellationToken);
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> PlayerAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var client = body.RootElement.GetProperty("context").GetProperty("client");
        var name = client.GetProperty("clientName").GetString() ?? "";
        PlayerClients.Enqueue(name);
        VisitorIds.Enqueue(client.TryGetProperty("visitorData", out var visitor) ? visitor.GetString() : null);
        Cookies.Enqueue(context.Request.Headers.Cookie.ToString());
        if (BeforePlayer is { } stall)
        {
            await stall(context.RequestAborted);
        }

        if (PlayerStatus != 200)
        {
            return Results.StatusCode(PlayerStatus);
        }

        var response = PlayerResponses.GetValueOrDefault(name) ?? DefaultPlayerResponse ?? "{}";
        return Results.Text(response, "application/json");
    }

    private IResult TimedText(HttpContext context)
    {
        CaptionQueries.Enqueue(context.Request.QueryString.Value ?? "");
        if (CaptionStatus != 200)
        {
            return Results.StatusCode(CaptionStatus);
        }

        return Results.Text(Captions(context.Request.Query) ?? "", "text/plain");
    }
}
