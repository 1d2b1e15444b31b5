using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.State;

/// <summary>The whole pipeline on a real Redis: what each message costs and what it leaves behind.</summary>
public sealed class TurnStateTests(RedisFixture redis)
{
    [Theory]
    [InlineData("/help")]
    [InlineData("/lang zh")]
    [InlineData("/reset")]
    [InlineData("hello there")]
    public async Task A_handled_message_costs_at_most_two_redis_round_trips(string text)
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var processor = services.GetRequiredService<TurnProcessor>();
        var roundTrips = services.GetRequiredService<RedisRoundTrips>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        await processor.ProcessAsync(Messages.Text(conversation, user, "warm up"), cancellationToken: TestContext.Current.CancellationToken);
        var before = roundTrips.Total;

        await processor.ProcessAsync(Messages.Text(conversation, user, text), cancellationToken: TestContext.Current.CancellationToken);

        Assert.InRange(roundTrips.Total - before, 1, 2);
    }

    [Fact]
    public async Task Bad_input_is_answered_with_one_read_and_leaves_the_stored_state_as_it_was()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var processor = services.GetRequiredService<TurnProcessor>();
        var store = services.GetRequiredService<IConversationStore>();
        var roundTrips = services.GetRequiredService<RedisRoundTrips>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        await processor.ProcessAsync(Messages.Text(conversation, user, "/lang fr"), cancellationToken: TestContext.Current.CancellationToken);
        var stored = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);
        var before = roundTrips.Total;

        var huge = await processor.ProcessAsync(Messages.Text(conversation, user, new string('a', 100 * 1024)), cancellationToken: TestContext.Current.CancellationToken);
        var empty = await processor.ProcessAsync(Messages.Text(conversation, user, "\u0000\u0007 \r\n"), cancellationToken: TestContext.Current.CancellationToken);
        var unknown = await processor.ProcessAsync(Messages.Text(conversation, user, "/frobnicate now"), cancellationToken: TestContext.Current.CancellationToken);
        var spent = roundTrips.Total - before;
        var after = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(3, spent);
        Assert.Equal(("invalid-input", BotLanguage.Fr), (huge.Intent, huge.Language));
        Assert.Contains("102", huge.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("invalid-input", empty.Intent);
        Assert.Equal("command-error", unknown.Intent);
        Assert.Equal(stored.Turns, after.Turns);
        Assert.Equal(stored.Language, after.Language);
        Assert.Equal(BotLanguage.Fr, after.UserLanguage);
    }

    [Fact]
    public async Task Ten_messages_sent_at_once_in_one_thread_are_all_remembered()
    {
        await using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:MaxTurns"] = "40" });
        var processor = services.GetRequiredService<TurnProcessor>();
        var store = services.GetRequiredService<IConversationStore>();
        var conversation = Messages.NewConversation(thread: "t");
        var user = Messages.NewUser();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Task.Run(() => processor.ProcessAsync(Messages.Text(conversation, user, $"note {i}"), cancellationToken: TestContext.Current.CancellationToken))));
        var state = await store.LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(20, state.Turns.Count);
        Assert.Equal(10, state.Turns.Count(t => t.Role == TurnRole.User && t.Text.StartsWith("note ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_language_chosen_with_lang_survives_into_the_next_message_and_reset_keeps_it()
    {
        await using var services = BotServices.Build(redis.ConnectionString);
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();

        await processor.ProcessAsync(Messages.Text(conversation, user, "/lang 中文"), cancellationToken: TestContext.Current.CancellationToken);
        var help = await processor.ProcessAsync(Messages.Text(conversation, user, "/help"), cancellationToken: TestContext.Current.CancellationToken);
        await processor.ProcessAsync(Messages.Text(conversation, user, "/reset"), cancellationToken: TestContext.Current.CancellationToken);
        var afterReset = await processor.ProcessAsync(Messages.Text(conversation, user, "What is a token?"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(BotLanguage.Zh, help.Language);
        Assert.Contains(BotText.HelpTitle[BotLanguage.Zh], help.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(BotLanguage.Zh, afterReset.Language);
    }

    [Fact]
    public async Task With_redis_down_the_bot_still_answers_and_says_a_preference_may_not_be_kept()
    {
        await using var services = BotServices.Build(BotServices.UnreachableRedis());
        var processor = services.GetRequiredService<TurnProcessor>();
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();

        var help = await processor.ProcessAsync(Messages.Text(conversation, user, "/help"), cancellationToken: TestContext.Current.CancellationToken);
        var lang = await processor.ProcessAsync(Messages.Text(conversation, user, "/lang fr"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("help", help.Intent);
        Assert.Equal("lang", lang.Intent);
        Assert.Contains(BotText.StateUnavailable[BotLanguage.Fr], lang.Reply.Markdown, StringComparison.Ordinal);
    }
}
