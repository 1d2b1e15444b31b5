using LlmTutorBot.Core;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Tests.Fakes;

namespace LlmTutorBot.Tests.Pipeline;

/// <summary>
/// The reply language, strongest first: the user's /lang preference, the language of the message,
/// the conversation's stored language, the platform locale, then Bot:DefaultLanguage.
/// </summary>
public class TurnProcessorLanguageUnitTests
{
    private static readonly Dictionary<string, string?> ChineseByDefault = new() { ["Bot:DefaultLanguage"] = "Zh" };

    [Theory]
    [InlineData("en-US", BotLanguage.En, "Here is what I can do", "Commands")]
    [InlineData("fr-FR", BotLanguage.Fr, "Voici ce que je sais faire", "Commandes")]
    [InlineData("zh-CN", BotLanguage.Zh, "我可以做这些事", "命令")]
    public async Task Help_lists_every_command_of_the_catalog_in_the_reply_language(
        string locale, BotLanguage language, string title, string heading)
    {
        // Arrange
        using var bot = new TestBot();

        // Act
        var result = await bot.SendAsync("/help", locale);

        // Assert
        Assert.Equal("help", result.Intent);
        Assert.Equal(language, result.Language);
        Assert.Contains(title, result.Reply.Markdown, StringComparison.Ordinal);
        var section = Assert.Single(result.Reply.Sections);
        Assert.Equal(heading, section.Title);
        Assert.Equal(["/help", "/lang <language>", "/reset [scope]"], bot.Catalog.Commands.Select(c => c.Usage));
        Assert.All(bot.Catalog.Commands, command =>
        {
            Assert.Contains($"`{command.Usage}`", section.Markdown, StringComparison.Ordinal);
            Assert.Contains(command.Description[language], section.Markdown, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task With_nothing_else_to_go_by_the_bot_answers_in_its_default_language()
    {
        using var bot = new TestBot(ChineseByDefault);

        var result = await bot.SendAsync("RAG");

        Assert.Equal(BotLanguage.Zh, result.Language);
        Assert.StartsWith("我没有理解这个请求", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_locale_beats_the_default_language()
    {
        using var bot = new TestBot(ChineseByDefault);

        var result = await bot.SendAsync("RAG", locale: "fr-FR");

        Assert.Equal(BotLanguage.Fr, result.Language);
        Assert.StartsWith("Je n'ai pas compris cette demande", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conversation_language_beats_the_platform_locale()
    {
        // Arrange: the conversation was last answered in Chinese.
        using var bot = new TestBot();
        await bot.SendAsync("什么是 RAG", locale: "fr-FR");

        // Act
        var result = await bot.SendAsync("RAG", locale: "fr-FR");

        // Assert
        Assert.Equal(BotLanguage.Zh, result.Language);
        Assert.Equal(BotLanguage.Zh, (await bot.StoredAsync()).Language);
    }

    [Fact]
    public async Task The_language_of_the_message_beats_the_conversation_language()
    {
        using var bot = new TestBot();
        await bot.SendAsync("什么是 RAG");

        var english = await bot.SendAsync("What is a transformer", locale: "zh-CN");
        var french = await bot.SendAsync("C'est quoi le fine-tuning ?", locale: "zh-CN");

        Assert.Equal(BotLanguage.En, english.Language);
        Assert.Equal(BotLanguage.Fr, french.Language);
        Assert.StartsWith("Je n'ai pas compris", french.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(BotLanguage.Fr, (await bot.StoredAsync()).Language);
    }

    [Fact]
    public async Task The_users_preference_beats_the_language_of_the_message()
    {
        using var bot = new TestBot();
        await bot.SendAsync("/lang fr");

        var result = await bot.SendAsync("What is a transformer", locale: "en-US");

        Assert.Equal(BotLanguage.Fr, result.Language);
        Assert.StartsWith("Je n'ai pas compris", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_lang_fr_a_message_with_no_language_is_answered_in_French_in_every_conversation()
    {
        // Arrange
        using var bot = new TestBot();

        // Act
        var set = await bot.SendAsync("/lang fr", locale: "en-US");
        var elsewhere = await bot.SendAsync("RAG", locale: "en-US", conversation: TestBot.OtherConversation);

        // Assert
        Assert.Equal("lang", set.Intent);
        Assert.Equal(BotLanguage.Fr, set.Language);
        Assert.Equal("C'est noté : je vous répondrai désormais en français.", set.Reply.Markdown);
        Assert.Equal(BotLanguage.Fr, elsewhere.Language);
        Assert.Contains("Je n'ai pas compris", elsewhere.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(BotLanguage.Fr, (await bot.StoredAsync(TestBot.OtherConversation)).UserLanguage);
    }

    [Fact]
    public async Task A_language_name_or_tag_works_with_lang_too()
    {
        using var bot = new TestBot();

        var result = await bot.SendAsync("/lang zh-CN");

        Assert.Equal("lang", result.Intent);
        Assert.Equal(BotLanguage.Zh, result.Language);
        Assert.Equal(BotLanguage.Zh, (await bot.StoredAsync()).UserLanguage);
    }

    [Fact]
    public async Task Lang_auto_clears_the_preference_so_replies_follow_each_message_again()
    {
        // Arrange
        using var bot = new TestBot();
        await bot.SendAsync("/lang fr");

        // Act
        var auto = await bot.SendAsync("/lang automatique");
        var english = await bot.SendAsync("What is a transformer", conversation: TestBot.OtherConversation);

        // Assert
        Assert.Equal("lang", auto.Intent);
        Assert.Equal(BotText.LanguageAuto[auto.Language], auto.Reply.Markdown);
        Assert.Null((await bot.StoredAsync()).UserLanguage);
        Assert.Equal(BotLanguage.En, english.Language);
    }

    [Fact]
    public async Task An_unknown_command_is_explained_in_the_users_language()
    {
        using var bot = new TestBot();
        await bot.SendAsync("/lang fr");

        var result = await bot.SendAsync("/aide svp", locale: "en-US");

        Assert.Equal("command-error", result.Intent);
        Assert.Equal(BotLanguage.Fr, result.Language);
        Assert.Contains("Je ne connais pas la commande `/aide`.", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("Tapez `/help` pour voir toutes les commandes.", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Vouliez-vous dire", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_turn_is_apologized_for_in_the_reply_language()
    {
        using var bot = new TestBot(addServices: services => services.AddIntentHandler<ThrowingHandler>());
        await bot.SendAsync("/lang fr");

        var result = await bot.SendAsync(ThrowingHandler.Trigger);

        Assert.Equal("error", result.Intent);
        Assert.Equal(BotText.TurnFailed[BotLanguage.Fr], ReplyMarkdown.Render(result.Reply));
    }
}
