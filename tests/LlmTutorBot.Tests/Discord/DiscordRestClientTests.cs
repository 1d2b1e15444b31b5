using System.Net;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Rate limits against a fake Discord on loopback that answers 429s and bucket headers (real time, short waits).</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private static readonly OutgoingMessage Hello = new() { Content = "hello" };
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, TimeProvider.System, addServices: services =>
            services.AddSingleton(new DiscordRateLimiter(TimeProvider.System, NullLogger<DiscordRateLimiter>.Instance) { InvalidRequestBudget = 5 }));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task A_429_is_waited_out_for_its_retry_after_and_the_request_goes_again()
    {
        var answered = 0;
        _rest.Responder = _ => Interlocked.Increment(ref answered) == 1
            ? new FakeAnswer(429, """{"message":"You are being rate limited.","retry_after":0.3,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" })
            : null;

        var message = await Client.CreateMessageAsync("200", Hello, null, Cancel);

        Assert.Equal("200", message.ChannelId);
        Assert.Equal(2, _rest.Requests.Count);
        Assert.True(_rest.Requests[1].At - _rest.Requests[0].At >= TimeSpan.FromMilliseconds(280), $"retried after {(_rest.Requests[1].At - _rest.Requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_exhausted_bucket_holds_its_route_until_the_reset_but_not_other_channels()
    {
        _rest.Responder = r => r.Path == "/channels/200/messages" && !_rest.Requests.Any(x => x.Path == r.Path)
            ? new FakeAnswer(200, """{"id":"1","channel_id":"200","author":{"id":"9"}}""", Bucket(remaining: 0, resetAfter: 1.0))
            : null;

        await Client.CreateMessageAsync("200", Hello, null, Cancel);
        await Client.CreateMessageAsync("201", Hello, null, Cancel);
        await Client.CreateMessageAsync("200", Hello, null, Cancel);

        var requests = _rest.Requests;
        Assert.Equal(["/channels/200/messages", "/channels/201/messages", "/channels/200/messages"], requests.Select(r => r.Path));
        Assert.True(requests[1].At - requests[0].At < TimeSpan.FromMilliseconds(800), "another channel has its own bucket");
        Assert.True(requests[2].At - requests[0].At >= TimeSpan.FromMilliseconds(900), "the same channel waits for the reset");
    }

    [Fact]
    public async Task Errors_carry_discords_code_and_never_the_token()
    {
        _rest.Responder = _ => new FakeAnswer(404, """{"message":"Unknown Channel","code":10003}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("200", Hello, null, Cancel));

        Assert.Equal((HttpStatusCode.NotFound, 10003), (error.Status, error.Code));
        Assert.Contains("POST /channels/{major}/messages", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestServices.BotToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_tokens_do_not_appear_in_errors()
    {
        _rest.Responder = _ => new FakeAnswer(404, """{"message":"Unknown interaction","code":10062}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Client.EditOriginalResponseAsync("352205866889641984", "secret-interaction-token", Hello, null, Cancel));

        Assert.True(error.IsUnknownInteraction);
        Assert.DoesNotContain("secret-interaction-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_stop_before_the_invalid_request_budget_is_spent()
    {
        _rest.Responder = _ => new FakeAnswer(403, """{"message":"Missing Access","code":50001}""");

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("200", Hello, null, Cancel));
        }

        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("200", Hello, null, Cancel));

        Assert.Equal(5, _rest.Requests.Count);
        Assert.Contains("invalid Discord requests", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shared_scope_429s_do_not_count_against_the_budget()
    {
        var limiter = _services.GetRequiredService<DiscordRateLimiter>();
        _rest.Responder = r => _rest.Requests.Count % 2 == 0
            ? new FakeAnswer(429, """{"message":"shared","retry_after":0.01,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Scope"] = "shared" })
            : null;

        await Client.CreateMessageAsync("200", Hello, null, Cancel);

        Assert.Equal(0, limiter.InvalidCount);
    }

    [Fact]
    public async Task A_route_that_keeps_answering_429_fails_after_a_few_tries()
    {
        _rest.Responder = _ => new FakeAnswer(429, """{"message":"slow down","retry_after":0.01,"global":false}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("200", Hello, null, Cancel));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(4, _rest.Requests.Count);
    }

    [Fact]
    public async Task Commands_are_registered_with_a_put_that_replaces_them_all()
    {
        var count = await Client.BulkOverwriteCommandsAsync("352205866889641984", "300", """[{"name":"help","description":"Help"}]""", Cancel);

        var put = Assert.Single(_rest.Requests);
        Assert.Equal(("PUT", "/applications/352205866889641984/guilds/300/commands"), (put.Method, put.Path));
        Assert.Equal(1, count);
    }

    private static Dictionary<string, string> Bucket(int remaining, double resetAfter) => new()
    {
        ["X-RateLimit-Bucket"] = "abcd1234",
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
