using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Inbound;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Host;

/// <summary>
/// Every kind of message through the composed host (all features registered, no model, the seed video bundled and
/// YouTube unreachable): what a message is decides its intent, and each reply is in the learner's language.
/// </summary>
public sealed class EveryKindOfMessageTests(RedisFixture redis) : IAsyncDisposable
{
    private const string Link = "https://youtu.be/osKyvYJ3PRM";
    private const string DiscordBot = "344487830824943618";

    private readonly WebApplicationFactory<Program> _host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
        builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
        builder.UseSetting("YouTube:BaseUrl", "http://" + BotServices.UnreachableRedis().Split(',')[0]);
    });

    private TurnProcessor Processor => _host.Services.GetRequiredService<TurnProcessor>();

    [Theory]
    [InlineData(Link, "video-link", BotLanguage.En)]
    [InlineData("can you summarize this " + Link, "video-link", BotLanguage.En)]
    [InlineData("résume cette vidéo s'il te plaît " + Link, "video-link", BotLanguage.Fr)]
    [InlineData("帮我总结一下这个视频 " + Link, "video-link", BotLanguage.Zh)]
    [InlineData("/summarize " + Link, "summarize", BotLanguage.En)]
    [InlineData("summarize " + Link, "summarize", BotLanguage.En)]
    [InlineData("translate " + Link + " fr", "translate", BotLanguage.En)]
    [InlineData("help", "help", BotLanguage.En)]
    [InlineData("help me", "help", BotLanguage.En)]
    [InlineData("faq", "faq-list", BotLanguage.En)]
    [InlineData("lang fr", "lang", BotLanguage.Fr)]
    [InlineData("lang klingon", "command-error", BotLanguage.En)]
    [InlineData("help me understand attention", "faq", BotLanguage.En)]
    [InlineData("What's the weather like in Lyon tomorrow?", "faq", BotLanguage.En)]
    public async Task Each_kind_of_message_gets_its_intent_in_the_learners_language(string text, string intent, BotLanguage language)
    {
        var result = await SendAsync(Messages.NewConversation(ChatPlatform.WebChat), text);

        Assert.Equal(intent, result.Intent);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("translate this to French " + Link, BotLanguage.En)]
    [InlineData("traduis en français " + Link, BotLanguage.Fr)]
    [InlineData("翻译成法语 " + Link, BotLanguage.Zh)]
    public async Task A_link_with_words_asking_for_a_translation_is_translated(string text, BotLanguage language)
    {
        var result = await SendAsync(Messages.NewConversation(ChatPlatform.WebChat), text);

        Assert.Equal("video-link", result.Intent);
        Assert.Equal(language, result.Language);
        Assert.Equal(3, result.Reply.Files.Count);
        Assert.Contains("Cette vidéo va vous donner", System.Text.Encoding.UTF8.GetString(result.Reply.Files[0].Content.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are LLMs conscious?", BotLanguage.En)]
    [InlineData("Les LLM sont-ils conscients ?", BotLanguage.Fr)]
    [InlineData("大模型有意识吗？", BotLanguage.Zh)]
    [InlineData("What is fine-tuning?", BotLanguage.En)]
    [InlineData("C'est quoi un LLM ?", BotLanguage.Fr)]
    [InlineData("什么是知识蒸馏？", BotLanguage.Zh)]
    public async Task A_faq_question_is_answered_confidently_in_its_own_language(string text, BotLanguage language)
    {
        var result = await SendAsync(Messages.NewConversation(ChatPlatform.WebChat), text);

        Assert.Equal("faq", result.Intent);
        Assert.True(result.Reply.Confident);
        Assert.Equal(language, result.Language);
        Assert.Equal(language, LanguageDetector.Detect(Body(result)));
    }

    [Fact]
    public async Task After_a_video_a_curated_question_gets_its_entry_and_a_video_only_question_goes_to_the_video()
    {
        var thread = Messages.NewConversation(ChatPlatform.Discord, "thread-1");

        var summary = await SendAsync(thread, "look at this " + Link);
        var curated = await SendAsync(thread, "C'est quoi un LLM ?");
        var english = await SendAsync(thread, "What is fine-tuning?");
        var pizza = await SendAsync(thread, "what does he say about pizza?");

        Assert.Equal("video-link", summary.Intent);
        Assert.Equal("faq", curated.Intent);
        Assert.Equal(BotLanguage.Fr, curated.Language);
        Assert.Equal(BotLanguage.Fr, LanguageDetector.Detect(Body(curated)));
        Assert.Equal("faq", english.Intent);
        Assert.Contains("🎬 The video talks about this at [", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains(Link + "?t=", english.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("video-question", pizza.Intent);
        Assert.Equal(BotLanguage.En, pizza.Language);
        Assert.Contains("pizza", pizza.Reply.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_discord_mention_with_a_link_and_a_teams_mention_with_a_link_are_about_the_video()
    {
        var discord = DiscordInboundConverter.FromMessage(
            new DiscordMessage("1", "channel-1", new DiscordUser("2", "learner"), $"<@{DiscordBot}> can you summarize {Link} for me", GuildId: "guild-1", Mentions: [new DiscordUser(DiscordBot, Bot: true)]),
            DiscordBot,
            channel: null)!;
        var teams = ActivityConverter.Convert(new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"<at>Tutor</at> what is this one about? {Link}",
            From = new ChannelAccount("29:user", "Bob"),
            Recipient = new ChannelAccount("28:bot", "Tutor"),
            Conversation = new ConversationAccount("19:chat@thread.v2") { ConversationType = "groupChat", IsGroup = true },
            Entities = [new ActivityEntity(ActivityTypes.MentionEntity) { Mentioned = new ChannelAccount("28:bot", "Tutor"), Text = "<at>Tutor</at>" }],
        }).Message!;
        var teamsHelp = teams with { Text = "help" };

        var fromDiscord = await Processor.ProcessAsync(discord.Message, cancellationToken: TestContext.Current.CancellationToken);
        var fromTeams = await Processor.ProcessAsync(teams, cancellationToken: TestContext.Current.CancellationToken);
        var help = await Processor.ProcessAsync(teamsHelp, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("video-link", fromDiscord.Intent);
        Assert.Equal("📺 Simple Introduction to Large Language Models", fromDiscord.Reply.ThreadTitle);
        Assert.Equal("video-link", fromTeams.Intent);
        Assert.Equal("help", help.Intent);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    // The reply above its source line: the answer itself.
    private static string Body(TurnResult result)
    {
        var markdown = result.Reply.Markdown;
        var source = markdown.IndexOf("📚", StringComparison.Ordinal);
        return source > 0 ? markdown[..source] : markdown;
    }

    private Task<TurnResult> SendAsync(ConversationAddress conversation, string text) =>
        Processor.ProcessAsync(Messages.Text(conversation, new ChatUser("learner"), text, "en-US"), cancellationToken: TestContext.Current.CancellationToken);
}
