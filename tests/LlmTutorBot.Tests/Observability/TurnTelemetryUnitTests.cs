using System.Collections.Concurrent;
using System.Diagnostics;
using LlmTutorBot.Core;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Quotas;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Observability;

/// <summary>What a turn leaves behind for operators: spans, metrics and log scopes.</summary>
public sealed class TurnTelemetryUnitTests
{
    [Fact]
    public async Task A_turn_is_one_span_with_the_state_load_the_handler_and_the_save_inside_it()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var bot = new TestBot();
        var conversation = new ConversationAddress(ChatPlatform.Discord, $"channel-{Guid.NewGuid():N}");

        await bot.SendAsync("/lang fr", conversation: conversation);

        var turn = Assert.Single(spans, s => s.OperationName == "turn" && Equals(s.GetTagItem("llmtutorbot.conversation"), conversation.ConversationId));
        var children = spans.Where(s => s.TraceId == turn.TraceId && s != turn).ToList();
        Assert.Equal("discord", turn.GetTagItem("llmtutorbot.platform"));
        Assert.Equal("lang", turn.GetTagItem("llmtutorbot.intent"));
        Assert.Equal(["state.load", "handler", "state.save"], children.OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));
        Assert.All(children, child => Assert.Equal(turn.SpanId, child.ParentSpanId));
        Assert.Equal("lang", children.Single(s => s.OperationName == "handler").GetTagItem("llmtutorbot.intent"));
    }

    [Fact]
    public async Task Messages_are_counted_by_platform_and_intent_with_their_latency()
    {
        using var bot = new TestBot();
        using var meter = new MeterRecorder(bot.Services);

        await bot.SendAsync("/help", conversation: new ConversationAddress(ChatPlatform.Teams, "c1"));
        await bot.SendAsync("/help", conversation: new ConversationAddress(ChatPlatform.Teams, "c1"));
        await bot.SendAsync("/reset", conversation: new ConversationAddress(ChatPlatform.Discord, "c2"));

        Assert.Equal(2, meter.Sum("llmtutorbot.messages", ("platform", "teams"), ("intent", "help")));
        Assert.Equal(1, meter.Sum("llmtutorbot.messages", ("platform", "discord"), ("intent", "reset")));
        Assert.Equal(3, meter.Count("llmtutorbot.turn.duration"));
    }

    [Fact]
    public async Task A_message_over_quota_is_counted_answered_politely_and_reaches_no_handler()
    {
        var asked = new List<string>();
        using var bot = new TestBot(addServices: s => s.AddSingleton<IIntentHandler>(new StubHandler("anything", RouteRank.Content, _ => true, asked)));
        using var meter = new MeterRecorder(bot.Services);
        bot.Store.OverQuota = new QuotaExceeded(QuotaScope.Group, TimeSpan.FromSeconds(12));

        var result = await bot.SendAsync("anything", locale: "fr-FR", conversation: new ConversationAddress(ChatPlatform.Discord, "c3"));

        Assert.Equal(Intents.QuotaExceeded, result.Intent);
        Assert.Contains("12 secondes", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal((1, 0), (bot.Store.Loads, bot.Store.Saves));
        Assert.Equal(1, meter.Sum("llmtutorbot.quota.exceeded", ("platform", "discord"), ("scope", "group")));
        Assert.Equal(1, meter.Sum("llmtutorbot.messages", ("intent", Intents.QuotaExceeded)));
        Assert.Empty(asked);
    }

    [Fact]
    public void Jobs_and_cache_lookups_have_instruments_for_the_queue_and_the_caches_to_report_to()
    {
        using var bot = new TestBot();
        using var meter = new MeterRecorder(bot.Services);
        var metrics = bot.Services.GetRequiredService<BotMetrics>();

        metrics.JobQueued("summary");
        metrics.JobQueued("summary");
        metrics.JobStarted("summary");
        metrics.JobStarted("summary");
        metrics.JobFinished("summary", TimeSpan.FromSeconds(3));
        metrics.JobFailed("summary", TimeSpan.FromSeconds(1));
        metrics.CacheLookup("youtube.transcript", hit: true);
        metrics.CacheLookup("youtube.transcript", hit: false);
        metrics.CacheLookup("youtube.transcript", hit: true);

        Assert.Equal(2, meter.Sum("llmtutorbot.jobs.queued", ("kind", "summary")));
        Assert.Equal(0, meter.Sum("llmtutorbot.jobs.running", ("kind", "summary")));
        Assert.Equal(1, meter.Sum("llmtutorbot.jobs.failed", ("kind", "summary")));
        Assert.Equal(2, meter.Count("llmtutorbot.jobs.duration"));
        Assert.Equal(2, meter.Sum("llmtutorbot.cache.lookups", ("cache", "youtube.transcript"), ("result", "hit")));
        Assert.Equal(1, meter.Sum("llmtutorbot.cache.lookups", ("result", "miss")));
    }

    [Fact]
    public async Task Every_line_logged_during_a_turn_carries_the_platform_conversation_and_message_id()
    {
        var logs = new ScopeCapturingLoggerProvider();
        using var bot = new TestBot(addServices: s =>
        {
            s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            s.AddIntentHandler<ThrowingHandler>();
        });
        var conversation = new ConversationAddress(ChatPlatform.Teams, $"conv-{Guid.NewGuid():N}");

        await bot.Processor.ProcessAsync(
            new InboundMessage { Conversation = conversation, User = TestBot.User, Text = ThrowingHandler.Trigger, MessageId = "msg-77" },
            cancellationToken: TestContext.Current.CancellationToken);

        var failure = Assert.Single(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains($"ConversationId={conversation.ConversationId}", failure, StringComparison.Ordinal);
        Assert.Contains("Platform=teams", failure, StringComparison.Ordinal);
        Assert.Contains("MessageId=msg-77", failure, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains("MessageId=msg-77", StringComparison.Ordinal));
    }

}
