using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Tests.Messaging;

public class InboundTextUnitTests
{
    [Theory]
    [InlineData("hel\0lo", "hello")]
    [InlineData("bip\u0007 bip", "bip bip")]
    [InlineData("\u001B[31mred\u001B[0m", "[31mred[0m")]
    [InlineData("\u007Fdel", "del")]
    public void Control_characters_are_removed(string text, string expected)
    {
        Assert.Equal(expected, InboundText.Clean(text));
    }

    [Theory]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("\uFEFF/help", "/help")]
    [InlineData("left\u200Eto\u200Fright", "lefttoright")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    public void Zero_width_and_other_format_characters_are_removed(string text, string expected)
    {
        Assert.Equal(expected, InboundText.Clean(text));
    }

    [Fact]
    public void The_zero_width_joiner_of_an_emoji_sequence_is_kept()
    {
        const string Technologist = "👩\u200D💻";

        var cleaned = InboundText.Clean($"I am a {Technologist}");

        Assert.Equal($"I am a {Technologist}", cleaned);
    }

    [Theory]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("one\r\r\ntwo", "one\n\ntwo")]
    [InlineData("one\n\ttwo", "one\n\ttwo")]
    public void Line_breaks_become_line_feeds_and_tabs_stay(string text, string expected)
    {
        Assert.Equal(expected, InboundText.Clean(text));
    }

    [Theory]
    [InlineData("  hello \n", "hello")]
    [InlineData("\r\n\t/help\t\r\n", "/help")]
    [InlineData("\u200B \u0007 ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void The_text_is_trimmed(string? text, string expected)
    {
        Assert.Equal(expected, InboundText.Clean(text));
    }

    [Fact]
    public void The_text_is_normalized_to_composed_form()
    {
        var cleaned = InboundText.Clean("caf\u0065\u0301");

        Assert.Equal("caf\u00E9", cleaned);
        Assert.Equal(4, cleaned.Length);
    }

    [Fact]
    public void Clean_text_comes_back_unchanged()
    {
        const string Text = "Qu'est-ce qu'un LLM ?\n什么是 RAG？ 👍";

        Assert.Equal(Text, InboundText.Clean(Text));
    }

    [Theory]
    [InlineData("<@123> what is RAG?", "what is RAG?")]
    [InlineData("<@!123> what is RAG?", "what is RAG?")]
    [InlineData("hey <@123>   what is <@!123> RAG?", "hey what is RAG?")]
    [InlineData("<@123>", "")]
    public void Discord_mentions_of_the_bot_are_removed(string text, string expected)
    {
        Assert.Equal(expected, InboundText.RemoveMentions(text, ["<@123>", "<@!123>"]));
    }

    [Fact]
    public void A_Teams_mention_of_the_bot_is_removed()
    {
        var text = InboundText.RemoveMentions("<at>LlmTutorBot</at> /help", ["<at>LlmTutorBot</at>"]);

        Assert.Equal("/help", text);
    }

    [Fact]
    public void Mentions_of_other_people_and_line_breaks_are_kept()
    {
        var text = InboundText.RemoveMentions("<@123> ask <@456>\nabout RAG", ["<@123>", ""]);

        Assert.Equal("ask <@456>\nabout RAG", text);
    }
}
