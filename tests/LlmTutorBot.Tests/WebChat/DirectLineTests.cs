using System.Net;
using System.Net.Http.Json;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.Tests.WebChat;

public sealed class DirectLineTests(RedisFixture redis)
{
    [Fact]
    public async Task A_conversation_answers_help_and_the_activities_come_back_after_the_watermark()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var token = (await WebChatHost.GenerateAsync(client)).Token;

        using var started = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        var conversation = (await started.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!;
        using var socket = await WebChatHost.ConnectAsync(factory, conversation.StreamUrl!);
        using var posted = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token, WebChatHost.Message("/help"));
        var id = (await posted.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ResourceResponse, TestContext.Current.CancellationToken))!.Id;
        await WebChatHost.NextBotMessageAsync(socket);
        using var all = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token);
        var set = (await all.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ActivitySet, TestContext.Current.CancellationToken))!;
        using var after = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark={set.Watermark}", token);
        var rest = (await after.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ActivitySet, TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.StartsWith("ws://", conversation.StreamUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(["message", "typing", "message"], set.Activities.Select(a => a.Type));
        Assert.Equal(id, set.Activities[0].Id);
        Assert.Equal("/help", set.Activities[0].Text);
        Assert.Equal("user", set.Activities[0].From?.Role);
        Assert.Equal("bot", set.Activities[2].From?.Role);
        Assert.Equal("markdown", set.Activities[2].TextFormat);
        Assert.Equal(id, set.Activities[2].ReplyToId);
        Assert.Contains("/ask", set.Activities[2].Text, StringComparison.Ordinal);
        Assert.Equal("3", set.Watermark);
        Assert.Empty(rest.Activities);
        Assert.Equal("3", rest.Watermark);
    }

    [Fact]
    public async Task The_echoed_user_activity_keeps_its_channel_data_and_a_typing_activity_precedes_the_answer()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var token = (await WebChatHost.GenerateAsync(client)).Token;
        using var started = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        var conversation = (await started.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!;
        using var socket = await WebChatHost.ConnectAsync(factory, conversation.StreamUrl!);
        const string Body = """{"type":"message","from":{"id":"dl_u1","role":"user"},"text":"/help","locale":"en-US","channelData":{"clientActivityID":"1733131200000abc","clientTimestamp":"2026-12-02T11:00:00.000Z"}}""";

        using var posted = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token, Body);
        await WebChatHost.NextBotMessageAsync(socket);
        using var all = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token);
        var set = (await all.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ActivitySet, TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("1733131200000abc", set.Activities[0].ChannelData?.GetProperty("clientActivityID").GetString());
        var typing = set.Activities[1];
        Assert.Equal("typing", typing.Type);
        Assert.Equal("bot", typing.From?.Role);
        Assert.Equal(set.Activities[0].Id, typing.ReplyToId);
        Assert.Equal("message", set.Activities[^1].Type);
        Assert.Null(set.Activities[^1].ChannelData);
    }

    [Fact]
    public async Task The_stream_delivers_the_bot_reply_and_replays_what_came_before_it_opened()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var token = (await WebChatHost.GenerateAsync(client)).Token;
        using var started = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        var conversation = (await started.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!;

        using var posted = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token, WebChatHost.Message("Are LLMs conscious?"));
        using var socket = await WebChatHost.ConnectAsync(factory, conversation.StreamUrl!);
        var reply = await WebChatHost.NextBotMessageAsync(socket);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("message", reply.Type);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.Equal(conversation.ConversationId, reply.Conversation?.Id);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_answers_200()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var token = (await WebChatHost.GenerateAsync(client)).Token;

        using var first = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        using var second = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Calls_without_a_known_token_get_401()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var generated = await WebChatHost.GenerateAsync(client);

        using var none = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", null);
        using var unknown = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{generated.ConversationId}/activities", "not-a-token");
        using var stream = await client.GetAsync(new Uri($"/v3/directline/conversations/{generated.ConversationId}/stream", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stream.StatusCode);
        Assert.Contains("\"code\":\"Unauthorized\"", await none.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_one_conversation_gets_403_on_another()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var a = await WebChatHost.GenerateAsync(client);
        var b = await WebChatHost.GenerateAsync(client);

        using var get = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{b.ConversationId}/activities", a.Token);
        using var post = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{b.ConversationId}/activities", a.Token, WebChatHost.Message("hello"));
        using var own = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{a.ConversationId}/activities", a.Token);

        Assert.NotEqual(a.Token, b.Token);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_gets_403_token_expired_and_a_refreshed_one_works()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = WebChatHost.Create(redis.ConnectionString, clock, ("WebChat:TokenLifetime", "00:10:00"));
        using var client = factory.CreateClient();
        var generated = await WebChatHost.GenerateAsync(client);
        using var refreshed = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/refresh", generated.Token);
        var fresh = (await refreshed.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!;

        clock.Advance(TimeSpan.FromMinutes(11));
        using var expired = await WebChatHost.SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{generated.ConversationId}/activities", generated.Token);

        Assert.Equal(600, generated.ExpiresIn);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("TokenExpired", await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(generated.ConversationId, fresh.ConversationId);
    }

    [Fact]
    public async Task Malformed_json_gets_400()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();
        var generated = await WebChatHost.GenerateAsync(client);

        using var response = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{generated.ConversationId}/activities", generated.Token, "{\"type\": \"message\", \"text\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:MaxRequestBytes", "2048"));
        using var client = factory.CreateClient();
        var generated = await WebChatHost.GenerateAsync(client);

        using var response = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{generated.ConversationId}/activities", generated.Token, WebChatHost.Message(new string('x', 4096)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
