using System.Text;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Where progress and replies go on Discord, against a fake REST server on loopback.</summary>
public sealed class DiscordReplyTargetTests : IAsyncLifetime
{
    private static readonly DiscordReplyRoute GuildMention = new("200", "300", "4000", ChannelTypes.GuildText, "42");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DiscordRestClient Rest => _services.GetRequiredService<DiscordRestClient>();

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, _time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_to_a_mention_references_the_users_message_and_pings_no_one_else()
    {
        var target = new ChannelReplyTarget(Rest, GuildMention, NullLogger.Instance);

        await target.DeliverAsync(Reply.Text("Hello @everyone <@&1>"), Cancel);

        var post = Assert.Single(_rest.Requests);
        Assert.Equal(("POST", "/channels/200/messages"), (post.Method, post.Path));
        Assert.Equal("4000", post.Body.GetProperty("message_reference").GetProperty("message_id").GetString());
        var mentions = post.Body.GetProperty("allowed_mentions");
        Assert.Empty(mentions.GetProperty("parse").EnumerateArray());
        Assert.True(mentions.GetProperty("replied_user").GetBoolean());
        Assert.Equal($"Bot {DiscordTestServices.BotToken}", post.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", post.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_asks_for_a_thread_opens_one_on_the_users_message_and_posts_there()
    {
        var target = new ChannelReplyTarget(Rest, GuildMention, NullLogger.Instance);

        await target.ShowProgressAsync(new ProgressUpdate("Fetching captions…") { ThreadTitle = "Simple Introduction to Large Language Models" }, Cancel);
        await target.ShowProgressAsync(new ProgressUpdate("Translating", 1, 2), Cancel);
        await target.DeliverAsync(new Reply { Markdown = "Here it is.", Buttons = [new ReplyButton("Summarize", "/summarize https://youtu.be/osKyvYJ3PRM")] }, Cancel);

        var requests = _rest.Requests;
        var calls = requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(4, calls.Count);
        Assert.Equal("POST /channels/200/messages/4000/threads", calls[0]);
        Assert.Equal("POST /channels/4000/messages", calls[1]);
        Assert.Matches(@"^PATCH /channels/4000/messages/[0-9]+$", calls[2]);
        Assert.Equal(calls[2], calls[3]);
        Assert.Equal("Simple Introduction to Large Language Models", requests[0].Body.GetProperty("name").GetString());
        Assert.False(requests[1].Body.TryGetProperty("message_reference", out _));
        Assert.Equal("⏳ Translating (1/2)", requests[2].Body.GetProperty("content").GetString());
        var button = requests[3].Body.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("/summarize https://youtu.be/osKyvYJ3PRM", button.GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task No_thread_is_opened_in_a_dm_or_inside_a_thread()
    {
        var dm = new ChannelReplyTarget(Rest, GuildMention with { GuildId = null, ChannelType = ChannelTypes.Dm }, NullLogger.Instance);
        var thread = new ChannelReplyTarget(Rest, GuildMention with { ChannelType = ChannelTypes.PublicThread }, NullLogger.Instance);

        await dm.DeliverAsync(Reply.Text("a") with { ThreadTitle = "Video" }, Cancel);
        await thread.DeliverAsync(Reply.Text("b") with { ThreadTitle = "Video" }, Cancel);

        Assert.DoesNotContain(_rest.Requests, r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_thread_cannot_be_opened_the_answer_goes_in_the_channel()
    {
        _rest.Responder = r => r.Path.EndsWith("/threads", StringComparison.Ordinal) ? new FakeAnswer(403, """{"message":"Missing Permissions","code":50013}""") : null;
        var target = new ChannelReplyTarget(Rest, GuildMention, NullLogger.Instance);

        await target.DeliverAsync(Reply.Text("Answer") with { ThreadTitle = "Video" }, Cancel);

        Assert.Equal("/channels/200/messages", _rest.Requests[^1].Path);
    }

    [Fact]
    public async Task A_long_reply_is_sent_as_several_messages_and_only_the_first_references_the_users_message()
    {
        var target = new ChannelReplyTarget(Rest, GuildMention, NullLogger.Instance);
        var paragraphs = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => $"Paragraph {i}: " + new string('x', 150)));

        await target.DeliverAsync(Reply.Text(paragraphs), Cancel);

        var posts = _rest.Requests;
        Assert.True(posts.Count >= 3);
        Assert.All(posts, p => Assert.True(p.Body.GetProperty("content").GetString()!.Length <= 2000));
        Assert.True(posts[0].Body.TryGetProperty("message_reference", out _));
        Assert.All(posts.Skip(1), p => Assert.False(p.Body.TryGetProperty("message_reference", out _)));
        Assert.Equal(paragraphs, string.Join("\n\n", posts.Select(p => p.Body.GetProperty("content").GetString())));
    }

    [Fact]
    public async Task Files_are_uploaded_as_multipart_with_payload_json()
    {
        var target = new ChannelReplyTarget(Rest, GuildMention, NullLogger.Instance);
        var srt = Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:02,000\nBonjour\n");

        await target.DeliverAsync(new Reply { Markdown = "Subtitles:", Files = [new ReplyFile("talk.fr.srt", "application/x-subrip", srt)] }, Cancel);

        var post = Assert.Single(_rest.Requests);
        var file = Assert.Single(post.Files);
        Assert.Equal(("files[0]", "talk.fr.srt"), (file.Name, file.FileName));
        Assert.Equal(srt, file.Content);
        Assert.Equal("talk.fr.srt", post.Body.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Equal(0, post.Body.GetProperty("attachments")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_interaction_edits_its_answer_then_after_fifteen_minutes_posts_a_normal_message_naming_the_user()
    {
        var route = GuildMention with { UserMessageId = null, Interaction = new InteractionRoute("1000", "352205866889641984", "token-1", _time.GetUtcNow()) };
        var target = new InteractionReplyTarget(Rest, route, hasBotToken: true, _time, NullLogger.Instance);

        await target.ShowProgressAsync(new ProgressUpdate("Summarizing"), Cancel);
        _time.Advance(TimeSpan.FromMinutes(15));
        await target.DeliverAsync(Reply.Text("The summary."), Cancel);

        Assert.Equal("/webhooks/352205866889641984/token-1/messages/@original", _rest.Requests[0].Path);
        var post = _rest.Requests[^1];
        Assert.Equal(("POST", "/channels/200/messages"), (post.Method, post.Path));
        Assert.Equal("<@42> The summary.", post.Body.GetProperty("content").GetString());
        Assert.Equal("42", post.Body.GetProperty("allowed_mentions").GetProperty("users")[0].GetString());
    }

    [Fact]
    public async Task An_interaction_discord_no_longer_knows_falls_back_to_a_normal_message()
    {
        _rest.Responder = r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) ? new FakeAnswer(404, """{"message":"Unknown interaction","code":10062}""") : null;
        var route = GuildMention with { UserMessageId = null, Interaction = new InteractionRoute("1000", "352205866889641984", "token-1", _time.GetUtcNow()) };
        var target = new InteractionReplyTarget(Rest, route, hasBotToken: true, _time, NullLogger.Instance);

        await target.DeliverAsync(Reply.Text("Answer"), Cancel);

        Assert.Equal("/channels/200/messages", _rest.Requests[^1].Path);
    }

    [Fact]
    public async Task A_command_whose_job_asks_for_a_thread_starts_it_on_the_answer_and_posts_the_rest_there()
    {
        var route = GuildMention with { UserMessageId = null, Interaction = new InteractionRoute("1000", "352205866889641984", "token-1", _time.GetUtcNow()) };
        var target = new InteractionReplyTarget(Rest, route, hasBotToken: true, _time, NullLogger.Instance);

        await target.ShowProgressAsync(new ProgressUpdate("Fetching captions") { ThreadTitle = "A video" }, Cancel);
        await target.DeliverAsync(Reply.Text(string.Join("\n\n", Enumerable.Range(0, 2).Select(_ => new string('y', 1500)))), Cancel);

        var calls = _rest.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal("PATCH /webhooks/352205866889641984/token-1/messages/@original", calls[0]);
        Assert.Matches(@"^POST /channels/200/messages/[0-9]+/threads$", calls[1]);
        Assert.Equal("PATCH /webhooks/352205866889641984/token-1/messages/@original", calls[2]);
        var threadId = calls[1].Split('/')[4];
        Assert.Equal($"POST /channels/{threadId}/messages", calls[3]);
        Assert.Equal(4, calls.Count);
    }

    [Fact]
    public async Task A_long_interaction_reply_edits_the_answer_and_adds_follow_ups()
    {
        var route = GuildMention with { UserMessageId = null, Interaction = new InteractionRoute("1000", "352205866889641984", "token-1", _time.GetUtcNow()) };
        var target = new InteractionReplyTarget(Rest, route, hasBotToken: false, _time, NullLogger.Instance);

        await target.DeliverAsync(Reply.Text(string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => new string('y', 1500)))), Cancel);

        Assert.Equal(
            ["PATCH /webhooks/352205866889641984/token-1/messages/@original", "POST /webhooks/352205866889641984/token-1", "POST /webhooks/352205866889641984/token-1"],
            _rest.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(_rest.Requests, r => Assert.Null(r.Header("Authorization")));
    }
}
