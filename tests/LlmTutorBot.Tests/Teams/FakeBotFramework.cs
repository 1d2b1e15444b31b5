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
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// Microsoft's side of the Bot Framework on 127.0.0.1:0, for tests: an OpenID issuer (metadata and a JWKS whose key
/// is endorsed for msteams), a token endpoint, and a Connector that records every activity the bot sends.
/// It can answer the next Connector calls with a given status (throttling) and mint tokens of any shape.
/// </summary>
internal sealed class FakeBotFramework : IAsyncDisposable
{
    public const string AppId = "6c2e0fd1-5f54-4d6e-9d3b-1f1e8e3c7a11";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "test-key-msteams";
    public const string UnendorsedKeyId = "test-key-other";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _unendorsedRsa = RSA.Create(2048);
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();
    private readonly List<TaskCompletionSource> _waiters = [];
    private int _nextId;

    private FakeBotFramework(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ServiceUrl => $"{BaseUrl}connector/";

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Every PUT to /upload/{name}: the OneDrive upload URL of a file consent.</summary>
    public ConcurrentQueue<RecordedUpload> Uploads { get; } = new();

    /// <summary>The upload URL Teams would give for <paramref name="name"/>, on this fake.</summary>
    public string UploadUrl(string name) => $"{BaseUrl}upload/{Uri.EscapeDataString(name)}";

    public int TokenRequests;

    public static async Task<FakeBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFramework(app);
        fake.Map(app);
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer server ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next Connector calls are answered with these statuses (with Retry-After: 0 for 429) before succeeding.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scriptedStatuses.Enqueue(status);
        }
    }

    public string Token(string? audience = AppId, string? issuer = Issuer, string? serviceUrl = null, DateTime? expires = null, bool endorsedKey = true, DateTime? notBefore = null, string? keyId = null)
    {
        var key = new RsaSecurityKey(endorsedKey ? _rsa : _unendorsedRsa) { KeyId = keyId ?? (endorsedKey ? KeyId : UnendorsedKeyId) };
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            IssuedAt = (notBefore ?? DateTime.UtcNow.AddMinutes(-1)),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token signed with a key the JWKS does not publish.</summary>
    public static string ForgedToken()
    {
        using var rsa = RSA.Create(2048);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An "alg: none" token with the right claims.</summary>
    public string UnsignedToken()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var expires = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        return $"{Part($$"""{"alg":"none","typ":"JWT","kid":"{{KeyId}}"}""")}.{Part($$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","exp":{{expires}},"serviceurl":"{{ServiceUrl}}"}""")}.";
    }

    /// <summary>Completes when the Connector has recorded at least <paramref name="count"/> calls matching <paramref name="match"/>.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(Func<RecordedCall, bool> match, int count = 1)
    {
        var timeout = TimeSpan.FromSeconds(20);
        var started = DateTime.UtcNow;
        while (true)
        {
            TaskCompletionSource waiter;
            lock (_waiters)
            {
                var found = Calls.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add(waiter);
            }

            var left = timeout - (DateTime.UtcNow - started);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The fake Connector saw {Calls.Count} calls, not {count} matching ones.");
            }

            await waiter.Task.WaitAsync(left, TestContext.Current.CancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
        _unendorsedRsa.Dispose();
    }

    private static JsonObject Jwk(RSA rsa, string kid, params string[] endorsements)
    {
        var parameters = rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
        };
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Text($$"""{"issuer":"{{Issuer}}","jwks_uri":"{{BaseUrl}}keys","id_token_signing_alg_values_supported":["RS256"]}""", "application/json"));
        app.MapGet("/keys", () => Results.Text(new JsonObject { ["keys"] = new JsonArray(Jwk(_rsa, KeyId, "msteams", "webchat"), Jwk(_unendorsedRsa, UnendorsedKeyId, "skype")) }.ToJsonString(), "application/json"));
        app.MapPost("/{tenant}/token", (string tenant) =>
        {
            Interlocked.Increment(ref TokenRequests);
            return Results.Text($$"""{"token_type":"Bearer","expires_in":3600,"access_token":"outbound-token-for-{{tenant}}"}""", "application/json");
        });
        app.MapPut("/upload/{name}", async (HttpContext http, string name) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            Uploads.Enqueue(new RecordedUpload(name, http.Request.Headers.ContentRange.ToString(), buffer.ToArray()));
            return Results.Text("""{"id":"onedrive-item"}""", "application/json", statusCode: 201);
        });
        app.MapMethods("/connector/v3/conversations/{conversationId}/activities/{activityId?}", ["POST", "PUT"], async (HttpContext http, string conversationId, string? activityId) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var activity = body.RootElement.Deserialize(BotFrameworkJsonContext.Default.Activity)!;
            if (_scriptedStatuses.TryDequeue(out var status))
            {
                Record(new RecordedCall(http.Request.Method, conversationId, activityId, activity, http.Request.Headers.Authorization.ToString(), status));
                if (status == 429)
                {
                    http.Response.Headers.RetryAfter = "0";
                }

                return Results.StatusCode(status);
            }

            Record(new RecordedCall(http.Request.Method, conversationId, activityId, activity, http.Request.Headers.Authorization.ToString(), 200));
            return Results.Text($$"""{"id":"sent-{{Interlocked.Increment(ref _nextId)}}"}""", "application/json");
        });
    }

    private void Record(RecordedCall call)
    {
        Calls.Enqueue(call);
        lock (_waiters)
        {
            foreach (var waiter in _waiters)
            {
                waiter.TrySetResult();
            }

            _waiters.Clear();
        }
    }
}

/// <summary>One call the bot made to the fake Connector.</summary>
internal sealed record RecordedCall(string Method, string ConversationId, string? ActivityId, Activity Activity, string Authorization, int Status)
{
    public bool IsMessage => Status == 200 && Activity.Type == ActivityTypes.Message;

    public bool IsTyping => Activity.Type == ActivityTypes.Typing;
}

/// <summary>One file the bot uploaded to the fake's upload URL.</summary>
internal sealed record RecordedUpload(string Name, string ContentRange, byte[] Content);
