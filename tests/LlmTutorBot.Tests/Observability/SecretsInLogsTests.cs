using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Observability;

/// <summary>
/// The whole bot with every secret configured and every outside address pointed at a closed loopback port, so that
/// connections fail and get logged: no log line, at any level, holds a secret.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string AppPassword = "teams-app-Pa55word-7f3e";
    private const string BotToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.discord-bot-token.x9Q";
    private const string LlmApiKey = "sk-llm-api-key-5b1c9d";
    private const string RedisPassword = "redis-Pa55word-c0ffee";
    private const string ProxyPassword = "proxy-Pa55word-b33f";
    private static readonly string[] Secrets = [AppPassword, BotToken, LlmApiKey, RedisPassword, ProxyPassword];

    [Fact]
    public async Task Turns_failing_connections_and_refused_requests_log_no_secret()
    {
        var closed = ClosedPort();
        var logs = new ScopeCapturingLoggerProvider();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Settings(closed))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        });
        using var client = factory.CreateClient();
        var processor = factory.Services.GetRequiredService<TurnProcessor>();
        var ct = TestContext.Current.CancellationToken;

        foreach (var (platform, text) in new[] { (ChatPlatform.Discord, "/help"), (ChatPlatform.Teams, "/lang fr"), (ChatPlatform.WebChat, "https://youtu.be/dQw4w9WgXcQ") })
        {
            await processor.ProcessAsync(
                new InboundMessage { Conversation = new ConversationAddress(platform, $"c-{Guid.NewGuid():N}"), User = new ChatUser("u1"), Text = text, MessageId = "m1" },
                cancellationToken: ct);
        }

        using var teams = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "application/json"),
        };
        teams.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        using var refused = await client.SendAsync(teams, ct);
        var lines = logs.Lines.ToList();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(lines, l => l.Contains("Could not read conversation state", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Platform=webchat", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain(Secrets, secret => line.Contains(secret, StringComparison.Ordinal)));
    }

    private static Dictionary<string, string?> Settings(int closed)
    {
        var nowhere = $"http://127.0.0.1:{closed}";
        return new()
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{closed},password={RedisPassword},connectTimeout=200,syncTimeout=300,asyncTimeout=300,connectRetry=0",
            ["State:KeyPrefix"] = RedisFixture.UniquePrefix(),
            ["MicrosoftAppId"] = Guid.NewGuid().ToString(),
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = Guid.NewGuid().ToString(),
            ["BotFramework:OpenIdMetadataUrl"] = $"{nowhere}/openid",
            ["BotFramework:TokenEndpoint"] = $"{nowhere}/{{tenant}}/token",
            ["BotFramework:ManagedIdentityEndpoint"] = $"{nowhere}/msi",
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApplicationId"] = "123456789012345678",
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:ApiBaseUrl"] = $"{nowhere}/api/v10",
            ["Discord:GatewayUrl"] = $"ws://127.0.0.1:{closed}/gateway",
            ["YouTube:BaseUrl"] = nowhere,
            ["YouTube:Proxy"] = $"http://bot:{ProxyPassword}@127.0.0.1:{closed}",
            // Read by no option yet (the LLM client is coming); here so that it stays out of logs once it is.
            ["Llm:ApiKey"] = LlmApiKey,
        };
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
