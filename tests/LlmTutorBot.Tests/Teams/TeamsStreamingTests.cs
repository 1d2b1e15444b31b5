using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Turns;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Teams;

/// <summary>Teams' streaming protocol in personal chat, against the fake Connector on loopback and a fake clock.</summary>
public sealed class TeamsStreamingTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_model_answer_streams_as_informative_then_growing_chunks_then_one_final_message_with_the_same_stream_id()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference);
        var ct = TestContext.Current.CancellationToken;

        await sink.ReportAsync(new ProgressUpdate("Reading the knowledge base…"), ct);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await sink.ReportAsync(new ProgressUpdate("A token ▍") { IsPartialAnswer = true }, ct);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await sink.ReportAsync(new ProgressUpdate("A token is a piece ▍") { IsPartialAnswer = true }, ct);
        await sink.CompleteAsync(new Reply { Markdown = "A token is a piece of a word [1].", GeneratedByModel = true }, BotLanguage.En, ct);

        var calls = _fake.Calls.Where(c => c.ConversationId == reference.ConversationId).ToList();
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], calls.Select(c => c.Activity.Type));
        var infos = calls.Select(c => Assert.Single(c.Activity.Entities!, e => e.Type == ActivityTypes.StreamInfoEntity)).ToList();
        Assert.Equal(["informative", "streaming", "streaming", "final"], infos.Select(i => i.StreamType));
        Assert.Equal([1, 2, 3, null], infos.Select(i => i.StreamSequence));
        Assert.Null(infos[0].StreamId);
        var streamId = sink.StreamId;
        Assert.NotNull(streamId);
        Assert.All(infos.Skip(1), i => Assert.Equal(streamId, i.StreamId));
        Assert.Equal(["Reading the knowledge base…", "A token", "A token is a piece"], calls.Take(3).Select(c => c.Activity.Text));
        Assert.Equal("A token is a piece of a word [1].", calls[3].Activity.Text);
    }

    [Fact]
    public async Task Updates_closer_than_the_interval_are_skipped_and_a_chunk_that_does_not_extend_the_last_is_never_sent()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference, TimeSpan.FromSeconds(1.5));
        var ct = TestContext.Current.CancellationToken;

        await sink.ReportAsync(new ProgressUpdate("Large") { IsPartialAnswer = true }, ct);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await sink.ReportAsync(new ProgressUpdate("Large language") { IsPartialAnswer = true }, ct);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await sink.ReportAsync(new ProgressUpdate("Small, rewritten") { IsPartialAnswer = true }, ct);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await sink.ReportAsync(new ProgressUpdate("Large language models") { IsPartialAnswer = true }, ct);

        var texts = _fake.Calls.Where(c => c.ConversationId == reference.ConversationId).Select(c => c.Activity.Text).ToList();
        Assert.Equal(["Large", "Large language models"], texts);
    }

    [Fact]
    public async Task Informative_text_is_cut_to_a_thousand_characters()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference);

        await sink.ReportAsync(new ProgressUpdate(new string('x', 3_000)), TestContext.Current.CancellationToken);

        var call = Assert.Single(_fake.Calls, c => c.ConversationId == reference.ConversationId);
        Assert.Equal(TeamsStreamingSink.MaxInformative, call.Activity.Text!.Length);
    }

    [Fact]
    public async Task Past_the_two_minute_stream_lifetime_no_update_goes_out_and_the_answer_is_a_plain_message()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference);
        var ct = TestContext.Current.CancellationToken;

        await sink.ReportAsync(new ProgressUpdate("Summarizing…"), ct);
        harness.Time.Advance(TeamsStreamingSink.Lifetime - TeamsStreamingSink.Margin);
        await sink.ReportAsync(new ProgressUpdate("Still summarizing…"), ct);
        await sink.CompleteAsync(Reply.Text("The summary."), BotLanguage.En, ct);

        var calls = _fake.Calls.Where(c => c.ConversationId == reference.ConversationId).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("The summary.", calls[1].Activity.Text);
        Assert.DoesNotContain(calls[1].Activity.Entities ?? [], e => e.Type == ActivityTypes.StreamInfoEntity);
    }

    [Fact]
    public async Task A_stream_the_connector_refuses_falls_back_to_a_plain_message()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference);
        var ct = TestContext.Current.CancellationToken;
        _fake.FailNext(403);

        await sink.ReportAsync(new ProgressUpdate("Thinking…"), ct);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await sink.ReportAsync(new ProgressUpdate("An answer") { IsPartialAnswer = true }, ct);
        await sink.CompleteAsync(Reply.Text("An answer."), BotLanguage.En, ct);

        var calls = _fake.Calls.Where(c => c.ConversationId == reference.ConversationId).ToList();
        Assert.Equal([403, 200], calls.Select(c => c.Status));
        Assert.Null(calls[1].Activity.Entities);
    }

    [Fact]
    public async Task A_streamed_model_answer_ends_with_the_ai_label_citations_and_feedback_and_its_id_takes_feedback()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var reference = harness.Reference("personal");
        var sink = harness.Streaming(reference);
        var ct = TestContext.Current.CancellationToken;
        var reply = new Reply
        {
            Markdown = "Tokens are pieces of words [1], counted by the context window [2].",
            GeneratedByModel = true,
            Citations =
            [
                new ReplyCitation(1, "What is a token?", "A token is a piece of text.", Reference: "/faq tokens"),
                new ReplyCitation(2, "Intro to LLMs · 12:34", "the context window", new Uri("https://youtu.be/zjkBMFhNj_g?t=754")),
                new ReplyCitation(3, "Not cited in the text", "unused"),
            ],
        };

        await sink.ReportAsync(new ProgressUpdate("Tokens") { IsPartialAnswer = true }, ct);
        await sink.CompleteAsync(reply, BotLanguage.En, ct);

        var final = _fake.Calls.Last(c => c.ConversationId == reference.ConversationId).Activity;
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.True(final.ChannelData?.FeedbackLoopEnabled);
        var message = Assert.Single(final.Entities!, e => e.Type == ActivityTypes.MessageEntity);
        Assert.Equal("Message", message.SchemaType);
        Assert.Equal("https://schema.org", message.SchemaContext);
        Assert.Equal(["AIGeneratedContent"], message.AdditionalType);
        Assert.Equal([1, 2], message.Citation!.Select(c => c.Position));
        Assert.All(message.Citation!, c => Assert.Equal("Claim", c.SchemaType));
        Assert.Equal("DigitalDocument", message.Citation![0].Appearance.SchemaType);
        Assert.Equal("What is a token?", message.Citation[0].Appearance.Name);
        Assert.Equal(["/faq tokens"], message.Citation[0].Appearance.Keywords);
        Assert.Equal("https://youtu.be/zjkBMFhNj_g?t=754", message.Citation[1].Appearance.Url);
        var refused = await harness.Feedback.RecordAsync(reference.ConversationId, "29:user", "Ada", new FeedbackAnswer(sink.StreamId, "like", null), ct);
        Assert.Null(refused);
    }
}
