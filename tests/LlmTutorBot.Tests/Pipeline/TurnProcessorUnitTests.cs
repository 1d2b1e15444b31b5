using LlmTutorBot.Core;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.State;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Pipeline;

public class TurnProcessorUnitTests
{
    [Fact]
    public async Task Lang_with_a_bad_code_lists_the_choices_and_changes_nothing_stored()
    {
        // Arrange
        using var bot = new TestBot();
        await bot.SendAsync("What is a transformer");
        var before = await bot.StoredAsync();
        var saves = bot.Store.Saves;

        // Act
        var result = await bot.SendAsync("/lang klingon");

        // Assert
        Assert.Equal("command-error", result.Intent);
        Assert.False(result.Reply.Confident);
        var text = result.Reply.Markdown;
        Assert.Contains("`klingon` is not a valid value for **language**", text, StringComparison.Ordinal);
        Assert.Contains("`en` (English), `fr` (Français), `zh` (中文)", text, StringComparison.Ordinal);
        Assert.Contains("Usage: `/lang <language>`", text, StringComparison.Ordinal);
        Assert.Equal(saves, bot.Store.Saves);
        var after = await bot.StoredAsync();
        Assert.Equal(before.Turns, after.Turns);
        Assert.Equal(before.Language, after.Language);
        Assert.Equal(before.LastIntent, after.LastIntent);
        Assert.Null(after.UserLanguage);
    }

    [Fact]
    public async Task Lang_with_no_argument_says_which_option_is_needed()
    {
        using var bot = new TestBot();

        var result = await bot.SendAsync("/lang");

        Assert.Equal("command-error", result.Intent);
        Assert.Contains("`/lang` needs a value for **language** (Reply language).", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("`fr` (Français)", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("Usage: `/lang <language>`", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_command_gets_a_suggestion()
    {
        using var bot = new TestBot();

        var result = await bot.SendAsync("/hepl");

        Assert.Equal("command-error", result.Intent);
        Assert.Contains("I don't know the command `/hepl`. Did you mean `/help`?", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_the_platform_parsed_is_handled_without_any_text()
    {
        using var bot = new TestBot();
        var parser = new CommandParser(bot.Catalog);
        var message = new InboundMessage
        {
            Conversation = TestBot.Conversation,
            User = TestBot.User,
            Command = parser.FromArguments("lang", new Dictionary<string, string> { ["language"] = "Français" }),
        };

        var result = await bot.Processor.ProcessAsync(message, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("lang", result.Intent);
        Assert.Equal(BotLanguage.Fr, (await bot.StoredAsync()).UserLanguage);
    }

    [Fact]
    public async Task Reset_forgets_the_conversation_but_keeps_the_users_language()
    {
        // Arrange: a conversation with turns, a language, a video, and a user preference.
        using var bot = new TestBot(addServices: services => services.AddIntentHandler<VideoLinkHandler>());
        await bot.SendAsync("什么是 RAG");
        await bot.SendAsync("https://youtu.be/abc");
        await bot.SendAsync("/lang fr");
        var before = await bot.StoredAsync();
        Assert.NotEmpty(before.Turns);
        Assert.Equal("https://youtu.be/abc", before.CurrentVideo);

        // Act
        var result = await bot.SendAsync("/reset");

        // Assert
        Assert.Equal("reset", result.Intent);
        Assert.Equal(BotText.ResetDone[BotLanguage.Fr], result.Reply.Markdown);
        var after = await bot.StoredAsync();
        Assert.Empty(after.Turns);
        Assert.Null(after.Language);
        Assert.Null(after.CurrentVideo);
        Assert.Null(after.LastIntent);
        Assert.Equal(BotLanguage.Fr, after.UserLanguage);
    }

    [Fact]
    public async Task Reset_me_forgets_the_senders_preference_and_keeps_the_conversation()
    {
        using var bot = new TestBot(addServices: services => services.AddIntentHandler<VideoLinkHandler>());
        await bot.SendAsync("https://youtu.be/abc");
        await bot.SendAsync("/lang fr");

        var result = await bot.SendAsync("/reset me");

        Assert.Equal("reset", result.Intent);
        Assert.Equal(BotText.ResetPreferencesDone[BotLanguage.Fr], result.Reply.Markdown);
        var after = await bot.StoredAsync();
        Assert.Null(after.UserLanguage);
        Assert.Equal("https://youtu.be/abc", after.CurrentVideo);
        Assert.NotEmpty(after.Turns);
    }

    [Fact]
    public async Task Plain_text_no_feature_takes_gets_the_list_of_commands()
    {
        using var bot = new TestBot();

        var result = await bot.SendAsync("hello there");

        Assert.Equal("fallback", result.Intent);
        Assert.False(result.Reply.Confident);
        Assert.Contains("I am LlmTutorBot", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.All(["/help", "/lang <language>", "/reset [scope]"], usage => Assert.Contains($"`{usage}`", result.Reply.Markdown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_introduces_itself_with_its_configured_name()
    {
        using var bot = new TestBot(new Dictionary<string, string?> { ["Bot:Name"] = "Professeur Tournesol" });

        var result = await bot.SendAsync("/help");

        Assert.Contains("I am Professeur Tournesol", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\0\u0007\u001B")]
    [InlineData("\u200B\uFEFF")]
    public async Task An_empty_message_is_invalid_input_and_nothing_is_stored(string text)
    {
        using var bot = new TestBot();

        var result = await bot.SendAsync(text);

        Assert.Equal("invalid-input", result.Intent);
        Assert.Equal(BotText.EmptyMessage.En, result.Reply.Markdown);
        Assert.Equal(0, bot.Store.Saves);
    }

    [Fact]
    public async Task A_100_KB_message_is_refused_with_its_length_and_the_limit_and_nothing_is_stored()
    {
        // Arrange
        using var bot = new TestBot();
        await bot.SendAsync("What is a transformer");
        var saves = bot.Store.Saves;
        var huge = "What is RAG? " + new string('x', (100 * 1024) - 13);

        // Act
        var result = await bot.SendAsync(huge);

        // Assert
        Assert.Equal("invalid-input", result.Intent);
        Assert.Contains("102,400 characters", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("at most 8,000", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(saves, bot.Store.Saves);
        Assert.Equal(2, (await bot.StoredAsync()).Turns.Count);
    }

    [Fact]
    public async Task A_handler_that_throws_gets_a_polite_reply_and_its_changes_are_discarded()
    {
        // Arrange
        using var bot = new TestBot(addServices: services => services.AddIntentHandler<ThrowingHandler>());
        await bot.SendAsync("What is a transformer");
        var saves = bot.Store.Saves;

        // Act
        var result = await bot.SendAsync(ThrowingHandler.Trigger);

        // Assert
        Assert.Equal("error", result.Intent);
        Assert.Equal(BotLanguage.En, result.Language);
        Assert.Equal(BotText.TurnFailed.En, ReplyMarkdown.Render(result.Reply));
        Assert.Equal(saves, bot.Store.Saves);
        var stored = await bot.StoredAsync();
        Assert.Null(stored.UserLanguage);
        Assert.Null(stored.CurrentVideo);
        Assert.Equal(BotLanguage.En, stored.Language);
        Assert.Equal(2, stored.Turns.Count);
    }

    [Fact]
    public async Task Each_turn_is_recorded_with_the_users_text_the_reply_and_the_intent()
    {
        // Arrange
        using var bot = new TestBot();
        var first = bot.Clock.GetUtcNow();

        // Act
        var fallback = await bot.SendAsync("  What is a transformer\r\n");
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var help = await bot.SendAsync("/help");

        // Assert
        var stored = await bot.StoredAsync();
        Assert.Equal(
        [
            new ConversationTurn(TurnRole.User, "What is a transformer", first),
            new ConversationTurn(TurnRole.Bot, ReplyMarkdown.Render(fallback.Reply), first, "fallback"),
            new ConversationTurn(TurnRole.User, "/help", first.AddMinutes(1)),
            new ConversationTurn(TurnRole.Bot, ReplyMarkdown.Render(help.Reply), first.AddMinutes(1), "help"),
        ],
            stored.Turns);
        Assert.Equal("help", stored.LastIntent);
        Assert.Contains("**Commands**", stored.Turns[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recorded_turns_are_cut_to_the_configured_length()
    {
        // Arrange
        using var bot = new TestBot(new Dictionary<string, string?> { ["State:MaxTurnLength"] = "100" });
        var question = "What is the difference between " + string.Concat(Enumerable.Repeat("RAG and fine-tuning, ", 20));

        // Act
        await bot.SendAsync(question);

        // Assert
        var turns = (await bot.StoredAsync()).Turns;
        Assert.Equal(2, turns.Count);
        Assert.All(turns, turn =>
        {
            Assert.Equal(100, turn.Text.Length);
            Assert.EndsWith("…", turn.Text, StringComparison.Ordinal);
        });
        Assert.Equal(question[..99], turns[0].Text[..99]);
    }

    [Theory]
    [InlineData("/help", 1)]
    [InlineData("hello there", 1)]
    [InlineData("/lang fr", 1)]
    [InlineData("/reset", 1)]
    [InlineData("", 0)]
    [InlineData("/lang klingon", 0)]
    [InlineData("/nope", 0)]
    public async Task Each_message_costs_one_load_and_at_most_one_save(string text, int saves)
    {
        using var bot = new TestBot();

        await bot.SendAsync(text);

        Assert.Equal(1, bot.Store.Loads);
        Assert.Equal(saves, bot.Store.Saves);
    }

    [Fact]
    public async Task Without_its_memory_the_bot_still_helps_and_says_a_change_may_not_be_kept()
    {
        // Arrange
        using var bot = new TestBot();
        bot.Store.Unreachable = true;

        // Act
        var help = await bot.SendAsync("/help");
        var savesAfterHelp = bot.Store.Saves;
        var lang = await bot.SendAsync("/lang fr");

        // Assert: /help changes nothing so nothing is written; /lang still tries to write its change.
        Assert.Equal(0, savesAfterHelp);
        Assert.Equal(1, bot.Store.Saves);
        Assert.Equal(2, bot.Store.Loads);
        Assert.Equal("help", help.Intent);
        Assert.Contains(BotText.HelpTitle.En, help.Reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(BotText.StateUnavailable.En, help.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("lang", lang.Intent);
        Assert.Equal(
            "C'est noté : je vous répondrai désormais en français.\n\n"
                + "(Ma mémoire est injoignable pour l'instant : je risque de ne pas me souvenir de cette conversation.)",
            lang.Reply.Markdown);
    }

    [Fact]
    public async Task Cancellation_is_not_swallowed()
    {
        using var bot = new TestBot();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var message = new InboundMessage { Conversation = TestBot.Conversation, User = TestBot.User, Text = "/help" };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.Processor.ProcessAsync(message, cancellationToken: cancelled.Token));
    }
}
