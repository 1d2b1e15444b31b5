using System.Text.Json;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Commands;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Subtitles;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>The inputs the fuzz suite found breaking a parser, kept as plain examples so they never come back.</summary>
public sealed class FoundByFuzzingUnitTests
{
    [Fact]
    public void A_lone_surrogate_is_cleaned_into_a_replacement_character()
    {
        var cleaned = InboundText.Clean("/ask what is \ud800 attention?");

        Assert.Equal("/ask what is \uFFFD attention?", cleaned);
    }

    [Fact]
    public void A_surrogate_pair_is_kept_whole()
    {
        Assert.Equal("hi 😀", InboundText.Clean("hi 😀"));
    }

    [Theory]
    [InlineData("""{"id":"9","channel_id":"8","content":"hi"}""")]
    [InlineData("""{"id":"9","author":{"id":"55"},"content":"hi"}""")]
    [InlineData("""{"id":"9","channel_id":" ","author":{"id":"55"},"content":"hi"}""")]
    public void A_direct_message_without_an_author_or_a_channel_is_ignored(string json)
    {
        var message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.DiscordMessage)!;

        Assert.Null(DiscordInboundConverter.FromMessage(message, "100", null));
    }

    [Fact]
    public void A_slash_command_option_without_a_name_is_skipped()
    {
        var converter = new DiscordInboundConverter(new CommandParser(TestCommands.Catalog()), TestCommands.Catalog());
        var interaction = JsonSerializer.Deserialize(
            """{"id":"2","application_id":"1","type":2,"token":"t","channel_id":"8","user":{"id":"55"},"data":{"name":"ask","type":1,"options":[{"type":3,"value":"x"},null,{"name":"question","type":3,"value":"why?"}]}}""",
            DiscordJsonContext.Default.Interaction)!;

        var turn = converter.FromInteraction(interaction, DateTimeOffset.UnixEpoch);

        Assert.Equal("why?", turn?.Message.Command?.Argument("question"));
    }

    [Theory]
    [InlineData("""{"op":0,"s":1,"t":"READY","d":{"v":10,"session_id":"abc"}}""")]
    [InlineData("""{"op":0,"s":1,"t":"READY","d":{"v":10,"user":{"id":"100"}}}""")]
    public void A_ready_frame_without_the_bot_user_or_session_is_refused_as_bad_json(string json)
    {
        Assert.Throws<JsonException>(() => GatewayFrames.Ready(GatewayFrames.Parse(json)));
    }

    [Fact]
    public void Channels_without_an_id_are_not_cached()
    {
        var cache = new DiscordChannelCache();
        var guild = JsonSerializer.Deserialize("""{"id":"7","channels":[null,{"type":0},{"id":"8","type":0}]}""", DiscordJsonContext.Default.GuildCreateData)!;

        cache.AddGuild(guild);

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Parsers_given_a_string_with_a_lone_surrogate_refuse_it_as_unreadable()
    {
        var player = PlayerResponseParser.Parse("{\"playabilityStatus\":{\"status\":\"OK\ud800\"}}", VideoId.Parse("dQw4w9WgXcQ"));

        Assert.Equal(VideoFailureKind.Unreachable, player.Failure?.Kind);
        Assert.Null(TimedTextParser.Parse("{\"events\":[{\"segs\":[{\"utf8\":\"\udc00\"}]}]}"));
    }

    [Fact]
    public void Chapter_times_written_in_other_scripts_digits_are_not_chapters()
    {
        Assert.Empty(ChapterParser.FromDescription("\u0660:\u0660\u0660 Intro\n1:00 Middle\n2:00 End"));
    }

    [Fact]
    public void A_chapter_title_followed_by_many_spaces_is_read_and_trimmed()
    {
        var chapters = ChapterParser.FromDescription($"0:00 Intro{new string(' ', 3000)}\n1:00 Middle\n2:00 End");

        Assert.Equal(["Intro", "Middle", "End"], chapters.Select(c => c.Title));
    }

    [Fact]
    public void A_cue_timed_in_other_scripts_digits_is_not_a_cue()
    {
        Assert.Null(SubtitleParser.Parse("1\n\u0660\u0660:\u0660\u0660:\u0660\u0661,\u0660\u0660\u0660 --> 00:00:02,000\nHello\n"));
    }
}
