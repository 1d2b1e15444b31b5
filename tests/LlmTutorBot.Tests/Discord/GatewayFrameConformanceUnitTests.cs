using System.Text;
using System.Text.Json;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Recorded gateway frames (discord4j, twilight, remora) read into our wire models.</summary>
public sealed class GatewayFrameConformanceUnitTests
{
    private static DiscordJsonContext Json => DiscordJsonContext.Default;

    [Fact]
    public void Hello_gives_the_heartbeat_interval()
    {
        var frame = DiscordFixtures.Discord4j("Hello.json");

        Assert.Equal(GatewayOpcodes.Hello, frame.Op);
        Assert.Null(frame.S);
        Assert.Equal(41250, GatewayFrames.Data(frame, Json.HelloData).HeartbeatInterval);
    }

    [Theory]
    [InlineData("HeartbeatAck.json", GatewayOpcodes.HeartbeatAck)]
    [InlineData("Reconnect.json", GatewayOpcodes.Reconnect)]
    [InlineData("InvalidSession.json", GatewayOpcodes.InvalidSession)]
    public void Control_frames_are_read_with_their_opcode_and_no_sequence(string file, int opcode)
    {
        var frame = DiscordFixtures.Discord4j(file);

        Assert.Equal(opcode, frame.Op);
        Assert.Null(frame.S);
        Assert.Null(frame.T);
    }

    [Fact]
    public void Invalid_session_says_whether_the_session_can_be_resumed()
    {
        var frame = DiscordFixtures.Discord4j("InvalidSession.json");

        Assert.Equal(JsonValueKind.False, frame.D.ValueKind);
    }

    [Fact]
    public void Ready_gives_the_session_the_resume_address_and_the_bot_user()
    {
        var frame = DiscordFixtures.Discord4j("Ready.json");
        var ready = GatewayFrames.Data(frame, Json.ReadyData);

        Assert.Equal(("READY", 1), (frame.T, frame.S));
        Assert.Equal("c5adc7ce7f411cde10440df5f888dc22", ready.SessionId);
        Assert.Equal("wss://gateway.discord.gg/", ready.ResumeGatewayUrl);
        Assert.Equal("344487830824943618", ready.User.Id);
        Assert.True(ready.User.Bot);
        Assert.Equal([0, 1], ready.Shard);
        Assert.Equal("344487830824943618", ready.Application?.Id);
    }

    [Fact]
    public void A_plain_message_is_read_with_its_author_channel_and_guild()
    {
        var message = DiscordFixtures.Data("MessageCreate.Type0.json", Json.DiscordMessage);

        Assert.Equal(".ping", message.Content);
        Assert.Equal("562268917771413264", message.Author.Id);
        Assert.Equal("727947198481956945", message.ChannelId);
        Assert.Equal("694205451682978886", message.GuildId);
        Assert.Equal(MessageTypes.Default, message.Type);
        Assert.Empty(message.Mentions!);
        Assert.Null(message.Author.Bot);
    }

    [Fact]
    public void A_reply_is_read_with_its_mentions_and_reference()
    {
        var message = DiscordFixtures.Data("MessageCreate.Type19.json", Json.DiscordMessage);

        Assert.Equal(MessageTypes.Reply, message.Type);
        Assert.Equal("cool.", message.Content);
        var mention = Assert.Single(message.Mentions!);
        Assert.Equal("344487830824943618", mention.Id);
        Assert.True(mention.Bot);
        Assert.Equal("775214933398782002", message.MessageReference?.MessageId);
    }

    [Fact]
    public void A_slash_command_is_read_with_typed_option_values()
    {
        var interaction = DiscordFixtures.Data("InteractionCreate.json", Json.Interaction);

        Assert.Equal(InteractionTypes.ApplicationCommand, interaction.Type);
        Assert.Equal("hunter2", interaction.Token);
        Assert.Equal("352205866889641984", interaction.ApplicationId);
        Assert.Equal("275616469906358273", interaction.Actor?.Id);
        Assert.Equal("payload", interaction.Data?.Name);
        var options = interaction.Data!.Options!.ToDictionary(o => o.Name);
        Assert.Equal(JsonValueKind.String, options["string"].Value?.ValueKind);
        Assert.Equal(JsonValueKind.False, options["boolean"].Value?.ValueKind);
        Assert.Equal(OptionTypes.Boolean, options["boolean"].Type);
    }

    [Fact]
    public void A_subcommand_group_is_read_with_its_nested_options()
    {
        var interaction = DiscordFixtures.Data("InteractionCreate.SubCommandGroup.json", Json.Interaction);

        var group = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(OptionTypes.SubCommandGroup, group.Type);
        var command = Assert.Single(group.Options!);
        Assert.Equal("hello", Assert.Single(command.Options!).Value?.GetString());
    }

    [Fact]
    public void Guild_create_gives_the_guild_channels()
    {
        var guild = DiscordFixtures.Data("GuildCreate.json", Json.GuildCreateData);

        Assert.NotEmpty(guild.Channels!);
        Assert.All(guild.Channels!, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.Contains(guild.Channels!, c => c is { Id: "135197118292819968", Type: ChannelTypes.GuildText, Name: "test1" });
    }

    [Fact]
    public void Channel_create_gives_a_text_channel_of_a_guild()
    {
        var channel = DiscordFixtures.Data("ChannelCreate.json", Json.DiscordChannel);

        Assert.Equal(("680839020124700740", ChannelTypes.GuildText, "123456789012345678"), (channel.Id, channel.Type, channel.GuildId));
    }

    [Fact]
    public void A_recorded_thread_create_gives_a_public_thread_with_its_parent_and_owner()
    {
        var frame = GatewayFrames.Parse(DiscordFixtures.Json("twilight-extracted", "THREAD_CREATE.public_thread.2023-10-14.json"));
        var thread = GatewayFrames.Data(frame, Json.DiscordChannel);

        Assert.Equal("THREAD_CREATE", frame.T);
        Assert.Equal(ChannelTypes.PublicThread, thread.Type);
        Assert.True(ChannelTypes.IsThread(thread.Type));
        Assert.Equal("1023632039829831811", thread.ParentId);
        Assert.Equal("638397185582563378", thread.OwnerId);
        Assert.Equal("648956210850299986", thread.GuildId);
        Assert.Equal(1440, thread.ThreadMetadata?.AutoArchiveDuration);
    }

    [Fact]
    public void A_thread_create_with_every_field_set_is_read()
    {
        var frame = GatewayFrames.Parse(DiscordFixtures.Json("remora-synthetic", "THREAD_CREATE.json"));
        var thread = GatewayFrames.Data(frame, Json.DiscordChannel);

        Assert.Equal("999999999999999999", thread.ParentId);
        Assert.True(thread.ThreadMetadata?.Archived);
    }

    [Fact]
    public void Heartbeats_send_the_last_sequence_or_null()
    {
        Assert.Equal("""{"op":1,"d":null}""", Encoding.UTF8.GetString(GatewayFrames.Heartbeat(null)));
        Assert.Equal("""{"op":1,"d":42}""", Encoding.UTF8.GetString(GatewayFrames.Heartbeat(42)));
    }

    [Fact]
    public void Identify_and_resume_are_written_in_snake_case()
    {
        var identify = Encoding.UTF8.GetString(GatewayFrames.Identify(new IdentifyData("t", 37377, new IdentifyProperties("linux", "llmtutorbot", "llmtutorbot"), [0, 2])));
        var resume = Encoding.UTF8.GetString(GatewayFrames.Resume(new ResumeData("t", "s1", 7)));

        Assert.Equal("""{"op":2,"d":{"token":"t","intents":37377,"properties":{"os":"linux","browser":"llmtutorbot","device":"llmtutorbot"},"shard":[0,2]}}""", identify);
        Assert.Equal("""{"op":6,"d":{"token":"t","session_id":"s1","seq":7}}""", resume);
    }
}
