using System.Net;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Transient failures (5xx, 408, timeouts) retried without duplicates, and a revoked token, against the fake REST server.</summary>
public sealed class DiscordRestRetryTests : IAsyncLifetime
{
    private static readonly OutgoingMessage Hello = new() { Content = "hello" };
    private static readonly FakeAnswer BadGateway = new(502, """{"message":"502: Bad Gateway","code":0}""");
    private readonly CapturingLoggerProvider _logs = new();
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, TimeProvider.System, addServices: services => services
            .AddLogging(logging => logging.AddProvider(_logs))
            .AddSingleton(new DiscordRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromMilliseconds(400) }));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task A_502_on_create_message_is_retried_with_the_same_nonce_and_posts_one_message()
    {
        _rest.Responder = r => r.Method == "POST" && _rest.Requests.Count == 0 ? BadGateway : null;

        var message = await Client.CreateMessageAsync("200", Hello, null, Cancel);

        Assert.Equal("200", message.ChannelId);
        var posts = _rest.Requests;
        Assert.Equal(2, posts.Count);
        var nonce = posts[0].Body.GetProperty("nonce").GetString();
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.True(nonce!.Length <= 25);
        Assert.Equal(nonce, posts[1].Body.GetProperty("nonce").GetString());
        Assert.True(posts[1].Body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(1, _rest.MessagesCreated);
    }

    [Fact]
    public async Task A_timeout_on_create_message_is_retried_with_the_same_nonce_and_discord_keeps_one_message()
    {
        // The first POST creates the message but its answer comes too late; the retry finds it by its nonce.
        _rest.Slowness = r => r.Method == "POST" && !_rest.Requests.Any(x => x.Method == "POST") ? TimeSpan.FromSeconds(3) : TimeSpan.Zero;

        var message = await Client.CreateMessageAsync("200", Hello, null, Cancel);

        var posts = _rest.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body.GetProperty("nonce").GetString(), posts[1].Body.GetProperty("nonce").GetString());
        Assert.Equal(1, _rest.MessagesCreated);
        Assert.Equal("200", message.ChannelId);
    }

    [Fact]
    public async Task Two_messages_never_share_a_nonce()
    {
        await Client.CreateMessageAsync("200", Hello, null, Cancel);
        await Client.CreateMessageAsync("200", Hello, null, Cancel);

        Assert.Equal(2, _rest.MessagesCreated);
        Assert.NotEqual(_rest.Requests[0].Body.GetProperty("nonce").GetString(), _rest.Requests[1].Body.GetProperty("nonce").GetString());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task A_route_that_keeps_failing_gives_up_after_four_attempts(int status)
    {
        _rest.Responder = _ => new FakeAnswer(status, """{"message":"down","code":0}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => Client.EditMessageAsync("200", "300", Hello, null, Cancel));

        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(4, _rest.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        _rest.Responder = _ => new FakeAnswer(400, """{"message":"Invalid Form Body","code":50035}""");

        await Assert.ThrowsAsync<DiscordRestException>(() => Client.EditMessageAsync("200", "300", Hello, null, Cancel));

        Assert.Single(_rest.Requests);
    }

    [Fact]
    public async Task A_502_on_the_final_edit_of_an_interaction_reply_is_retried_and_the_user_sees_one_answer()
    {
        var failed = 0;
        _rest.Responder = r => r.Method == "PATCH" && r.Json!.Contains("The summary", StringComparison.Ordinal) && Interlocked.Increment(ref failed) == 1 ? BadGateway : null;
        var route = new DiscordReplyRoute("200", "300", null, ChannelTypes.GuildText, "42", new InteractionRoute("1000", "352205866889641984", "token-1", DateTimeOffset.UtcNow));
        var target = new InteractionReplyTarget(Client, route, hasBotToken: true, TimeProvider.System, NullLogger.Instance);

        await target.ShowProgressAsync(new ProgressUpdate("Summarizing"), Cancel);
        await target.DeliverAsync(Reply.Text("The summary."), Cancel);

        var calls = _rest.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(Enumerable.Repeat("PATCH /webhooks/352205866889641984/token-1/messages/@original", 3), calls);
        Assert.Equal(0, _rest.MessagesCreated);
    }

    [Fact]
    public async Task A_401_on_a_bot_route_says_the_token_was_revoked_and_stops_every_bot_request()
    {
        _rest.Responder = r => r.Path == "/channels/200/messages" ? new FakeAnswer(401, """{"message":"401: Unauthorized","code":0}""") : null;

        await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("200", Hello, null, Cancel));
        var refused = await Assert.ThrowsAsync<DiscordRestException>(() => Client.CreateMessageAsync("201", Hello, null, Cancel));

        Assert.Single(_rest.Requests);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        var status = _services.GetRequiredService<DiscordStatus>();
        Assert.True(status.Revoked.IsCancellationRequested);
        Assert.Single(_logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("the bot token was revoked", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(DiscordTestServices.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_401_on_an_interaction_webhook_does_not_touch_the_bot_token()
    {
        _rest.Responder = _ => new FakeAnswer(401, """{"message":"401: Unauthorized","code":50027}""");

        await Assert.ThrowsAsync<DiscordRestException>(() => Client.EditOriginalResponseAsync("352205866889641984", "token-1", Hello, null, Cancel));

        Assert.False(_services.GetRequiredService<DiscordStatus>().Revoked.IsCancellationRequested);
    }

    [Fact]
    public async Task A_thread_that_exists_already_on_the_message_is_used()
    {
        _rest.Responder = r => r.Path.EndsWith("/threads", StringComparison.Ordinal) ? new FakeAnswer(400, """{"message":"A thread has already been created for this message","code":160004}""") : null;

        var thread = await Client.StartThreadFromMessageAsync("200", "4000", "A video", Cancel);

        Assert.Equal("4000", thread.Id);
    }

    [Fact]
    public async Task An_interaction_already_acknowledged_by_a_lost_first_attempt_counts_as_answered()
    {
        _rest.Responder = r => r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? (_rest.Requests.Count == 0 ? BadGateway : new FakeAnswer(400, """{"message":"Interaction has already been acknowledged.","code":40060}"""))
            : null;

        await Client.CreateInteractionResponseAsync("1000", "token-1", new InteractionResponse(InteractionCallbackTypes.DeferredChannelMessageWithSource), Cancel);

        Assert.Equal(2, _rest.Requests.Count);
    }
}
