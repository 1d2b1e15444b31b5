using System.Net;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmTutorBot.Tests.Security;

/// <summary>Every public endpoint group is limited per client IP: beyond the limit, 429 with Retry-After and a reason.</summary>
public sealed class RateLimitTests(RedisFixture redis)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Endpoints() => new()
    {
        { "POST", "/api/messages", "RateLimits:BotFrameworkPermitsPerMinute" },
        { "POST", "/api/discord/interactions", "RateLimits:DiscordPermitsPerMinute" },
        { "POST", "/v3/directline/tokens/generate", "RateLimits:WebChatPermitsPerMinute" },
        { "GET", "/", "RateLimits:WebChatPermitsPerMinute" },
        { "GET", "/files/abc/subtitles.srt", "RateLimits:FilesPermitsPerMinute" },
        { "GET", "/healthz", "RateLimits:HealthPermitsPerMinute" },
        { "GET", "/readyz", "RateLimits:HealthPermitsPerMinute" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_client_over_the_limit_gets_429_with_retry_after_and_a_reason(string method, string path, string setting)
    {
        await using var factory = Create((setting, "2"));
        using var client = factory.CreateClient();

        using var first = await SendAsync(client, method, path);
        using var second = await SendAsync(client, method, path);
        using var third = await SendAsync(client, method, path);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After was {third.Headers.RetryAfter}");
        Assert.Contains("at most 2 per minute", await third.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_over_its_limit_does_not_limit_the_others()
    {
        await using var factory = Create(("RateLimits:HealthPermitsPerMinute", "1"));
        using var client = factory.CreateClient();

        using var health = await SendAsync(client, "GET", "/healthz");
        using var limited = await SendAsync(client, "GET", "/readyz");
        using var webChat = await SendAsync(client, "POST", "/v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webChat.StatusCode);
    }

    [Fact]
    public async Task Loopback_callers_are_limited_too_unless_exempted()
    {
        await using var limited = Create(("RateLimits:HealthPermitsPerMinute", "1"), ("urls", "http://127.0.0.1:0"));
        limited.UseKestrel();
        using var limitedClient = limited.CreateClient();
        await using var exempt = Create(("RateLimits:HealthPermitsPerMinute", "1"), ("RateLimits:ExemptLoopback", "true"), ("urls", "http://127.0.0.1:0"));
        exempt.UseKestrel();
        using var exemptClient = exempt.CreateClient();

        using var _ = await SendAsync(limitedClient, "GET", "/healthz");
        using var refused = await SendAsync(limitedClient, "GET", "/healthz");
        using var __ = await SendAsync(exemptClient, "GET", "/healthz");
        using var accepted = await SendAsync(exemptClient, "GET", "/healthz");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Turned_off_nothing_is_limited()
    {
        await using var factory = Create(("RateLimits:HealthPermitsPerMinute", "1"), ("RateLimits:Enabled", "false"));
        using var client = factory.CreateClient();

        using var first = await SendAsync(client, "GET", "/healthz");
        using var second = await SendAsync(client, "GET", "/healthz");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    private WebApplicationFactory<Program> Create(params (string Key, string? Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
            // A web chat open to everyone, where the per-address limits matter (closed, it answers this machine only).
            builder.UseSetting("WebChat:Public", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, Cancel);
    }
}
