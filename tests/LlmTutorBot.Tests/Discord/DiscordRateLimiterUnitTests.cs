using System.Net;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

public sealed class DiscordRateLimiterUnitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DiscordRoute Channel(string id) => DiscordRoute.For(HttpMethod.Post, $"channels/{id}/messages");

    [Fact]
    public async Task A_global_429_holds_every_route_until_its_retry_after_has_passed()
    {
        var limiter = Limiter();
        using (await limiter.AcquireAsync(Channel("200"), Cancel))
        {
            using var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            answer.Headers.Add("X-RateLimit-Global", "true");
            limiter.Update(Channel("200"), answer, retryAfterFromBody: 2, globalFromBody: true);
        }

        var other = limiter.AcquireAsync(Channel("300"), Cancel);
        Assert.False(other.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(2));
        (await other).Dispose();
    }

    [Fact]
    public async Task At_most_fifty_requests_a_second_go_outside_interaction_webhooks()
    {
        var limiter = Limiter();
        for (var i = 0; i < 50; i++)
        {
            (await limiter.AcquireAsync(Channel(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cancel)).Dispose();
        }

        var fiftyFirst = limiter.AcquireAsync(Channel("999"), Cancel);
        var webhook = limiter.AcquireAsync(DiscordRoute.For(HttpMethod.Patch, "webhooks/1/token/messages/@original"), Cancel);

        Assert.False(fiftyFirst.IsCompleted);
        Assert.True(webhook.IsCompletedSuccessfully);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await fiftyFirst).Dispose();
        (await webhook).Dispose();
    }

    [Fact]
    public async Task A_bucket_learnt_from_headers_is_shared_by_the_routes_discord_puts_in_it()
    {
        var limiter = Limiter();
        var edit = DiscordRoute.For(HttpMethod.Patch, "channels/200/messages/1");
        using (await limiter.AcquireAsync(edit, Cancel))
        {
            using var answer = new HttpResponseMessage(HttpStatusCode.OK);
            answer.Headers.Add("X-RateLimit-Bucket", "b1");
            answer.Headers.Add("X-RateLimit-Remaining", "0");
            answer.Headers.Add("X-RateLimit-Reset-After", "1.5");
            limiter.Update(edit, answer, null, null);
        }

        var nextEdit = limiter.AcquireAsync(DiscordRoute.For(HttpMethod.Patch, "channels/200/messages/2"), Cancel);
        Assert.False(nextEdit.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1.5));
        (await nextEdit).Dispose();
    }

    [Theory]
    [InlineData("POST", "channels/200/messages", "POST /channels/{major}/messages", "200")]
    [InlineData("PATCH", "channels/200/messages/123", "PATCH /channels/{major}/messages/{id}", "200")]
    [InlineData("POST", "channels/200/messages/123/threads", "POST /channels/{major}/messages/{id}/threads", "200")]
    [InlineData("PATCH", "webhooks/1/tok/messages/@original", "PATCH /webhooks/{major}/{major}/messages/@original", "1/tok")]
    [InlineData("POST", "interactions/5/tok/callback", "POST /interactions/{major}/{major}/callback", "5/tok")]
    [InlineData("PUT", "applications/7/guilds/8/commands", "PUT /applications/{id}/guilds/{id}/commands", "")]
    [InlineData("GET", "gateway/bot", "GET /gateway/bot", "")]
    public void Routes_keep_their_top_level_resource_and_hide_other_ids(string method, string path, string key, string major)
    {
        var route = DiscordRoute.For(new HttpMethod(method), path);

        Assert.Equal((key, major), (route.Key, route.MajorParameter));
    }

    private DiscordRateLimiter Limiter() => new(_time, NullLogger<DiscordRateLimiter>.Instance);
}
