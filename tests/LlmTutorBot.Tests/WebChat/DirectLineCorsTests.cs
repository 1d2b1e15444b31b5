using System.Net;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.WebChat;

/// <summary>CORS on Direct Line: only the origins in WebChat:AllowedOrigins, preflights answered, others refused.</summary>
public sealed class DirectLineCorsTests(RedisFixture redis)
{
    private const string Embedder = "https://www.example.com";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preflight_from_a_listed_origin_is_answered_with_its_cors_headers()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:AllowedOrigins:0", Embedder));
        using var client = factory.CreateClient();

        using var preflight = await WebChatAccessTests.SendAsync(client, HttpMethod.Options, "/v3/directline/conversations", ("Origin", Embedder), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "authorization,content-type"));
        using var generate = await WebChatAccessTests.SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", ("Origin", Embedder));

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Embedder, Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("Authorization", Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        Assert.Equal(Embedder, Assert.Single(generate.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("OPTIONS")]
    [InlineData("POST")]
    public async Task An_origin_not_in_the_list_gets_no_cors_headers_and_a_refusal_with_a_reason(string method)
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:AllowedOrigins:0", Embedder));
        using var client = factory.CreateClient();

        using var response = await WebChatAccessTests.SendAsync(client, new HttpMethod(method), "/v3/directline/tokens/generate", ("Origin", "https://evil.example.net"), ("Access-Control-Request-Method", "POST"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("WebChat:AllowedOrigins", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_origins_listed_the_pages_own_origin_still_works()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();

        using var own = await WebChatAccessTests.SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", ("Origin", "http://localhost"));
        using var other = await WebChatAccessTests.SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", ("Origin", Embedder));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(own.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
