using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmTutorBot.Teams.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// Microsoft's side of the Bot Framework on 127.0.0.1:0 for the benchmark: OpenID metadata and a JWKS with one RSA key
/// endorsed for msteams, a token endpoint, and a Connector that completes a waiter when a message (not typing)
/// arrives for a conversation.
/// </summary>
internal sealed class LoopbackBotFramework : IAsyncDisposable
{
    public const string AppId = "0b7c3f7e-bench-4c1e-9d2a-loopback0001";
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "bench-key";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
    private int _connectorCalls;

    private LoopbackBotFramework(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ServiceUrl => $"{BaseUrl}connector/";

    public static async Task<LoopbackBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new LoopbackBotFramework(app);
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUrl = new Uri(AddressOf(app).TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Activities the bot sent to the Connector (typing, messages, updates).</summary>
    public int ConnectorCalls => Volatile.Read(ref _connectorCalls);

    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A Connector token for the bot, valid for half an hour, as the Bot Framework would send.</summary>
    public string Token() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = AppId,
        Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>Completes when the bot's reply message to <paramref name="conversationId"/> reaches the Connector.</summary>
    public Task ReplyTo(string conversationId) =>
        _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private JsonObject Jwks()
    {
        var parameters = _rsa.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
        return new JsonObject { ["keys"] = new JsonArray(key) };
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Text($$"""{"issuer":"{{Issuer}}","jwks_uri":"{{BaseUrl}}keys","id_token_signing_alg_values_supported":["RS256"]}""", "application/json"));
        app.MapGet("/keys", () => Results.Text(Jwks().ToJsonString(), "application/json"));
        app.MapPost("/{tenant}/token", () => Results.Text("""{"token_type":"Bearer","expires_in":3600,"access_token":"bench-outbound-token"}""", "application/json"));
        app.MapMethods("/connector/v3/conversations/{conversationId}/activities/{activityId?}", ["POST", "PUT"], async (HttpContext http, string conversationId) =>
        {
            Interlocked.Increment(ref _connectorCalls);
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, BotFrameworkJsonContext.Default.Activity, http.RequestAborted);
            if (activity?.Type == ActivityTypes.Message)
            {
                _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return Results.Text("""{"id":"sent"}""", "application/json");
        });
    }
}
