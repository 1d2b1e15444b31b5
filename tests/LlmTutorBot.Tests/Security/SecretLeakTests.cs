using System.Net.Http.Headers;
using System.Text;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Teams;
using LlmTutorBot.Tests.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Security;

/// <summary>
/// The host configured with every kind of secret, driven through its HTTP endpoints' successes and refusals (and a
/// Redis that refuses the password, so the degraded paths log too): no secret appears in any reply or log line.
/// </summary>
public sealed class SecretLeakTests(RedisFixture redis) : IAsyncLifetime
{
    private const string AppPassword = "app-password-7Qx!SECRET";
    private const string BotToken = "discord-bot-token.SECRET.k9";
    private const string RedisPassword = "redis-password-SECRET-3f";
    private const string LlmApiKey = "sk-llm-api-key-SECRET-81";

    private readonly InteractionSigner _signer = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly StringBuilder _replies = new();
    private FakeBotFramework _botFramework = null!;
    private FakeDiscordRest _discord = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _botFramework = await FakeBotFramework.StartAsync();
        _discord = await FakeDiscordRest.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _botFramework.DisposeAsync();
        _signer.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_configured_secret_appears_in_any_reply_or_log_line(bool redisRefusesThePassword)
    {
        var connection = redisRefusesThePassword ? $"{redis.ConnectionString},password={RedisPassword},connectTimeout=500,connectRetry=0" : redis.ConnectionString;
        await using (var factory = Create(connection))
        {
            using var client = factory.CreateClient();
            await DriveTeamsAsync(client);
            await DriveDiscordAsync(client);
            await DriveWebChatAsync(client);
            foreach (var path in new[] { "/healthz", "/readyz", "/", "/files/not-an-id/x.srt", "/nowhere" })
            {
                await ReadAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));
            }

            await _botFramework.WaitForAsync(c => c.IsMessage);
            await _discord.WaitForAsync(r => r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        }

        var logs = string.Join('\n', _logs.Lines);
        Assert.Contains("Refused an activity on /api/messages with 401", logs, StringComparison.Ordinal);
        Assert.Contains("invalid request signature", _replies.ToString(), StringComparison.Ordinal);
        foreach (var secret in new[] { AppPassword, BotToken, RedisPassword, LlmApiKey, _signer.PublicKeyHex })
        {
            Assert.DoesNotContain(secret, _replies.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task DriveTeamsAsync(HttpClient client)
    {
        var activity = $$"""{"type":"message","id":"{{Guid.NewGuid():N}}","serviceUrl":"{{_botFramework.ServiceUrl}}","channelId":"msteams","from":{"id":"29:user","name":"Ada"},"conversation":{"id":"a:{{Guid.NewGuid():N}}"},"recipient":{"id":"28:bot"},"text":"/help"}""";
        foreach (var token in new[] { null, "not-a-jwt", FakeBotFramework.ForgedToken(), _botFramework.Token(audience: "someone-else"), _botFramework.Token() })
        {
            await ReadAsync(client, TeamsRequest(activity, token));
        }

        await ReadAsync(client, TeamsRequest("{\"type\":", _botFramework.Token()));
    }

    private async Task DriveDiscordAsync(HttpClient client)
    {
        const string command = """{"id":"1000","application_id":"352205866889641984","type":2,"token":"token-1","channel_id":"200","locale":"fr","user":{"id":"42","username":"ada"},"data":{"id":"1","name":"help","type":1}}""";
        await ReadAsync(client, InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, command, "1", "00"));
        await ReadAsync(client, InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, command, null, null));
        await ReadAsync(client, _signer.Request(DiscordInteractionsEndpoint.Path, "{not json"));
        await ReadAsync(client, _signer.Request(DiscordInteractionsEndpoint.Path, command));
    }

    private async Task DriveWebChatAsync(HttpClient client)
    {
        var token = (await WebChatHost.GenerateAsync(client)).Token;
        await ReadAsync(client, DirectLine(HttpMethod.Post, "/v3/directline/conversations", token, null));
        await ReadAsync(client, DirectLine(HttpMethod.Post, "/v3/directline/conversations/x/activities", "wrong-token", WebChatHost.Message("/help")));
        await ReadAsync(client, DirectLine(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null));
    }

    private async Task ReadAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request, Cancel);
            _replies.Append(response.Headers).Append(response.Content.Headers).AppendLine(await response.Content.ReadAsStringAsync(Cancel));
        }
    }

    private static HttpRequestMessage TeamsRequest(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static HttpRequestMessage DirectLine(HttpMethod method, string path, string token, string? body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private WebApplicationFactory<Program> Create(string redisConnection) =>
        TeamsHost.Create(
            redisConnection,
            _botFramework,
            ("MicrosoftAppPassword", AppPassword),
            ("Discord:BotToken", BotToken),
            ("Discord:ApplicationId", "352205866889641984"),
            ("Discord:PublicKey", _signer.PublicKeyHex),
            ("Discord:ApiBaseUrl", _discord.BaseUrl.ToString()),
            ("Discord:GatewayUrl", "ws://127.0.0.1:9/"),
            ("Discord:ShardCount", "1"),
            ("Llm:ApiKey", LlmApiKey),
            ("Logging:LogLevel:Default", "Trace"),
            ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"))
        .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace))));
}
