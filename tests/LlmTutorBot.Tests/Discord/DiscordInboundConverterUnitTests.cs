using System.Text.Json;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Commands;

namespace LlmTutorBot.Tests.Discord;

public sealed class DiscordInboundConverterUnitTests
{
    // The bot of the recorded frames (Reacton): MessageCreate.Type19 pings it.
    private const string BotId = "344487830824943618";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly DiscordInboundConverter _converter = new(new CommandParser(TestCommands.Catalog()), TestCommands.Catalog());

    private static DiscordMessage Recorded => DiscordFixtures.Data("MessageCreate.Type0.json", DiscordJsonContext.Default.DiscordMessage);

    [Fact]
    public void A_message_that_mentions_the_bot_reaches_the_router_without_the_mention()
    {
        var message = Recorded with { Content = $"<@{BotId}> what is RAG?", Mentions = [new DiscordUser(BotId, Bot: true)] };

        var turn = DiscordInboundConverter.FromMessage(message, BotId, channel: null);

        Assert.NotNull(turn);
        Assert.Equal("what is RAG?", turn.Message.Text);
        Assert.Equal(new ConversationAddress(ChatPlatform.Discord, "727947198481956945"), turn.Message.Conversation);
        Assert.Equal("562268917771413264", turn.Message.User.Id);
        Assert.Equal("Username", turn.Message.User.DisplayName);
        Assert.Equal("732582724170285086", turn.Message.MessageId);
        Assert.Equal("732582724170285086", turn.Route.UserMessageId);
        Assert.Null(turn.Route.Interaction);
        Assert.NotNull(turn.Message.GroupId);
        Assert.Equal(message.GuildId, turn.Message.GroupId);
    }

    [Fact]
    public void The_nickname_form_of_the_mention_is_removed_too()
    {
        var message = Recorded with { Content = $"hey <@!{BotId}>   summarize this", Mentions = [new DiscordUser(BotId)] };

        var turn = DiscordInboundConverter.FromMessage(message, BotId, channel: null);

        Assert.Equal("hey summarize this", turn?.Message.Text);
    }

    [Fact]
    public void A_reply_that_pings_the_bot_counts_as_a_mention()
    {
        var message = DiscordFixtures.Data("MessageCreate.Type19.json", DiscordJsonContext.Default.DiscordMessage);

        var turn = DiscordInboundConverter.FromMessage(message, BotId, channel: null);

        Assert.Equal("cool.", turn?.Message.Text);
    }

    [Fact]
    public void A_mention_of_the_bots_managed_role_counts_as_a_mention_and_is_removed()
    {
        var message = Recorded with { Content = "<@&900> what is RAG?", Mentions = [], MentionRoles = ["900"] };

        var turn = DiscordInboundConverter.FromMessage(message, BotId, channel: null, botRoleId: "900");

        Assert.Equal("what is RAG?", turn?.Message.Text);
    }

    [Fact]
    public void A_mention_of_another_role_is_not_a_mention_of_the_bot()
    {
        var message = Recorded with { Content = "<@&901> what is RAG?", Mentions = [], MentionRoles = ["901"] };

        Assert.Null(DiscordInboundConverter.FromMessage(message, BotId, channel: null, botRoleId: "900"));
        Assert.Null(DiscordInboundConverter.FromMessage(message, BotId, channel: null));
    }

    [Fact]
    public void The_managed_role_is_the_one_whose_tags_name_the_bot()
    {
        var identity = new LlmTutorBot.Discord.Gateway.DiscordBotIdentity { UserId = BotId };
        var guild = JsonSerializer.Deserialize(
            $$$"""{"id":"300","channels":[],"threads":[],"roles":[{"id":"300","name":"@everyone"},{"id":"901","name":"Other","tags":{"bot_id":"1"}},{"id":"900","name":"LlmTutorBot","tags":{"bot_id":"{{{BotId}}}"}}]}""",
            DiscordJsonContext.Default.GuildCreateData)!;

        identity.LearnRoles(guild.Id, guild.Roles);

        Assert.Equal("900", identity.ManagedRole("300"));
        Assert.Null(identity.ManagedRole("301"));
    }

    [Fact]
    public void A_guild_message_that_does_not_mention_the_bot_is_ignored()
    {
        Assert.Null(DiscordInboundConverter.FromMessage(Recorded, BotId, channel: null));
    }

    [Fact]
    public void The_bots_own_messages_are_ignored()
    {
        var message = Recorded with { Author = new DiscordUser(BotId, "Reacton", Bot: true), Content = $"<@{BotId}> echo", GuildId = null };

        Assert.Null(DiscordInboundConverter.FromMessage(message, BotId, channel: null));
    }

    [Fact]
    public void Other_bots_and_webhooks_are_ignored_even_when_they_mention_the_bot()
    {
        var fromBot = Recorded with { Author = new DiscordUser("1", "OtherBot", Bot: true), Content = $"<@{BotId}> hi" };
        var fromWebhook = Recorded with { WebhookId = "2", Content = $"<@{BotId}> hi" };

        Assert.Null(DiscordInboundConverter.FromMessage(fromBot, BotId, channel: null));
        Assert.Null(DiscordInboundConverter.FromMessage(fromWebhook, BotId, channel: null));
    }

    [Fact]
    public void System_messages_such_as_joins_are_ignored()
    {
        var join = Recorded with { Type = 7, Content = $"<@{BotId}>" };

        Assert.Null(DiscordInboundConverter.FromMessage(join, BotId, channel: null));
    }

    [Fact]
    public void A_direct_message_needs_no_mention()
    {
        var message = Recorded with { GuildId = null, Member = null, Content = "bonjour" };

        var turn = DiscordInboundConverter.FromMessage(message, BotId, channel: null);

        Assert.NotNull(turn);
        Assert.Equal("bonjour", turn.Message.Text);
        Assert.Equal(new ConversationAddress(ChatPlatform.Discord, "727947198481956945"), turn.Message.Conversation);
        Assert.True(turn.Route.IsDirect);
        Assert.False(turn.Route.CanStartThread);
    }

    [Fact]
    public void A_message_in_a_thread_belongs_to_the_thread_inside_its_parent_channel()
    {
        var thread = new CachedChannel("727947198481956945", ChannelTypes.PublicThread, "694205451682978886", "111", OwnerId: "someone");
        var message = Recorded with { Content = $"<@{BotId}> and BERT?" };

        var turn = DiscordInboundConverter.FromMessage(message, BotId, thread);

        Assert.Equal(new ConversationAddress(ChatPlatform.Discord, "111", "727947198481956945"), turn?.Message.Conversation);
        Assert.False(turn?.Route.CanStartThread);
    }

    [Fact]
    public void A_message_in_a_thread_the_bot_started_needs_no_mention()
    {
        var thread = new CachedChannel("727947198481956945", ChannelTypes.PublicThread, "694205451682978886", "111", OwnerId: BotId);

        var turn = DiscordInboundConverter.FromMessage(Recorded with { Content = "and the summary?" }, BotId, thread);

        Assert.Equal("and the summary?", turn?.Message.Text);
    }

    [Fact]
    public void A_mention_in_a_guild_text_channel_can_start_a_thread()
    {
        var channel = new CachedChannel("727947198481956945", ChannelTypes.GuildText, "694205451682978886", null, null);

        var turn = DiscordInboundConverter.FromMessage(Recorded with { Content = $"<@{BotId}> https://youtu.be/osKyvYJ3PRM" }, BotId, channel);

        Assert.True(turn?.Route.CanStartThread);
    }

    [Fact]
    public void Attachments_are_passed_on()
    {
        var message = Recorded with
        {
            GuildId = null,
            Content = "",
            Attachments = [new DiscordAttachment("9", "talk.fr.srt", 1234, "https://cdn.discordapp.com/attachments/1/9/talk.fr.srt", "application/x-subrip")],
        };

        var attachment = Assert.Single(DiscordInboundConverter.FromMessage(message, BotId, channel: null)!.Message.Attachments);

        Assert.Equal(new InboundAttachment("talk.fr.srt", "application/x-subrip", new Uri("https://cdn.discordapp.com/attachments/1/9/talk.fr.srt"), 1234), attachment);
    }

    [Fact]
    public void A_slash_command_arrives_parsed_with_its_locale_and_interaction_token()
    {
        var interaction = Interaction("""{"name":"lang","options":[{"name":"language","type":3,"value":"français"}]}""") with { Locale = "fr" };

        var turn = _converter.FromInteraction(interaction, Now);

        Assert.NotNull(turn);
        Assert.Equal(new ParsedCommand("lang", new Dictionary<string, string> { ["language"] = "fr" }).Arguments, turn.Message.Command?.Arguments);
        Assert.True(turn.Message.Command?.IsValid);
        Assert.Equal("/lang français", turn.Message.Text);
        Assert.Equal("fr", turn.Message.Locale);
        Assert.Equal(new InteractionRoute("817819131540668417", "352205866889641984", "hunter2", Now), turn.Route.Interaction);
        Assert.Null(turn.Route.UserMessageId);
    }

    [Fact]
    public void Numbers_and_booleans_become_the_catalogs_text_values()
    {
        var interaction = Interaction("""
            {"name":"watch","options":[
              {"name":"url","type":3,"value":"https://youtu.be/osKyvYJ3PRM"},
              {"name":"count","type":4,"value":3},
              {"name":"subtitles","type":5,"value":true}]}
            """);

        var command = _converter.FromInteraction(interaction, Now)?.Message.Command;

        Assert.True(command?.IsValid);
        Assert.Equal("3", command?.Argument("count"));
        Assert.Equal("true", command?.Argument("subtitles"));
    }

    [Fact]
    public void The_recorded_slash_command_unknown_to_the_catalog_arrives_as_an_unknown_command()
    {
        var interaction = DiscordFixtures.Data("InteractionCreate.json", DiscordJsonContext.Default.Interaction);

        var command = _converter.FromInteraction(interaction, Now)?.Message.Command;

        Assert.Equal(CommandErrorKind.UnknownCommand, command?.Error?.Kind);
        Assert.Equal("payload", command?.Name);
    }

    [Fact]
    public void A_button_sends_its_command_as_typed_text()
    {
        var interaction = Interaction("""{"custom_id":"/help","component_type":2}""") with { Type = InteractionTypes.MessageComponent };

        var turn = _converter.FromInteraction(interaction, Now);

        Assert.Equal("/help", turn?.Message.Text);
        Assert.Null(turn?.Message.Command);
    }

    [Fact]
    public void A_command_in_a_dm_comes_from_the_user_and_has_no_guild()
    {
        var interaction = Interaction("""{"name":"help"}""") with { GuildId = null, Member = null, User = new DiscordUser("42", "ada", "Ada") };

        var turn = _converter.FromInteraction(interaction, Now);

        Assert.Equal(new ChatUser("42", "Ada"), turn?.Message.User);
        Assert.True(turn?.Route.IsDirect);
        Assert.Null(turn?.Message.GroupId);
    }

    [Fact]
    public void A_command_in_a_thread_belongs_to_the_thread()
    {
        var interaction = Interaction("""{"name":"help"}""") with
        {
            Channel = new DiscordChannel("342074301840752640", ChannelTypes.PublicThread, ParentId: "100"),
        };

        var turn = _converter.FromInteraction(interaction, Now);

        Assert.Equal(new ConversationAddress(ChatPlatform.Discord, "100", "342074301840752640"), turn?.Message.Conversation);
    }

    [Fact]
    public void Pings_and_autocomplete_are_not_turns()
    {
        Assert.Null(_converter.FromInteraction(Interaction("""{"name":"help"}""") with { Type = InteractionTypes.Ping }, Now));
        Assert.Null(_converter.FromInteraction(Interaction("""{"name":"help"}""") with { Type = InteractionTypes.Autocomplete }, Now));
    }

    /// <summary>The recorded interaction (guild, member, token) with other command data.</summary>
    private static Interaction Interaction(string data) =>
        DiscordFixtures.Data("InteractionCreate.json", DiscordJsonContext.Default.Interaction) with
        {
            Data = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.InteractionData),
        };
}
