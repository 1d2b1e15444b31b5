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
/// response per client name (or a status per client name), /api/timedtext answers what the test says, and
/// /sw.js_data gives a visitorData. Every request is recorded.
/// </summary>
internal sealed class FakeYouTube : IAsyncDisposable
{
    private readonly WebApplication _app;

    private int _visitorDataRequests;

    private FakeYouTube(WebApplication app) => _app = app;

    /// <summary>The player response for a client ("ANDROID_VR", "ANDROID"); the default serves every client.</summary>
    public Dictionary<string, string> PlayerResponses { get; } = new(StringComparer.Ordinal);

    public string? DefaultPlayerResponse { get; set; }

    public int PlayerStatus { get; set; } = 200;

    /// <summary>Serve the recorded response as the requested video's (its videoDetails.videoId replaced), for tests that post many videos.</summary>
    public bool AnswerAsRequestedVideo { get; set; }

    /// <summary>An HTTP status for one client's player requests ("VISIONOS" → 403).</summary>
    public Dictionary<string, int> PlayerStatuses { get; } = new(StringComparer.Ordinal);

    /// <summary>The visitorData /sw.js_data gives; null answers 404.</summary>
    public string? VisitorData { get; set; } = DefaultVisitorData;

    public const string DefaultVisitorData = "CgtGYWtlVmlzaXRvcijYqPLJBg%3D%3D";

    public int VisitorDataRequests => _visitorDataRequests;

    /// <summary>Every request's X-YouTube-Client-Name and X-YouTube-Client-Version headers, and User-Agent, per player request.</summary>
    public ConcurrentQueue<(string Name, string Version, string UserAgent)> ClientHeaders { get; } = new();

    /// <summary>Every request the fake answered (player, captions, visitorData).</summary>
    public int Requests => PlayerClients.Count + CaptionQueries.Count + _visitorDataRequests;

    /// <summary>Awaited before each player request is answered: a test can hold requests until it releases them.</summary>
    public Func<CancellationToken, Task>? BeforePlayer { get; set; }

    /// <summary>The caption body for a query string; null gives an empty 200, as YouTube does for PO-protected tracks.</summary>
    public Func<IQueryCollection, string?> Captions { get; set; } = _ => TimedTextBodies.Json3(TimedTextBodies.Sample);

    public int CaptionStatus { get; set; } = 200;

    /// <summary>When set, the status of each caption request (by its query), instead of <see cref="CaptionStatus"/>.</summary>
    public Func<IQueryCollection, int>? CaptionStatusFor { get; set; }

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
        app.MapGet("/sw.js_data", (Func<IResult>)fake.SwJsData);
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
        ClientHeaders.Enqueue((context.Request.Headers["X-YouTube-Client-Name"].ToString(), context.Request.Headers["X-YouTube-Client-Version"].ToString(), context.Request.Headers.UserAgent.ToString()));
        if (BeforePlayer is { } stall)
        {
            await stall(context.RequestAborted);
        }

        if (PlayerStatuses.TryGetValue(name, out var status) || (status = PlayerStatus) != 200)
        {
            return Results.StatusCode(status);
        }

        var response = PlayerResponses.GetValueOrDefault(name) ?? DefaultPlayerResponse ?? "{}";
        if (AnswerAsRequestedVideo && body.RootElement.TryGetProperty("videoId", out var requested))
        {
            response = System.Text.RegularExpressions.Regex.Replace(response, "\"videoId\":\\s*\"[A-Za-z0-9_-]{11}\"", $"\"videoId\": \"{requested.GetString()}\"");
        }

        return Results.Text(response, "application/json");
    }

    // The shape YoutubeExplode reads: ")]}'" then an array whose [0][2][0][0][13] is the visitorData.
    private IResult SwJsData()
    {
        Interlocked.Increment(ref _visitorDataRequests);
        if (VisitorData is null)
        {
            return Results.NotFound();
        }

        var inner = string.Join(',', Enumerable.Range(0, 13).Select(i => i == 0 ? "\"x\"" : "null")) + "," + JsonSerializer.Serialize(VisitorData);
        return Results.Text($")]}}'\n[[\"e\",1,[[[{inner}]]]]]", "application/json");
    }

    private IResult TimedText(HttpContext context)
    {
        CaptionQueries.Enqueue(context.Request.QueryString.Value ?? "");
        var status = CaptionStatusFor?.Invoke(context.Request.Query) ?? CaptionStatus;
        if (status != 200)
        {
            return Results.StatusCode(status);
        }

        return Results.Text(Captions(context.Request.Query) ?? "", "text/plain");
    }
}
