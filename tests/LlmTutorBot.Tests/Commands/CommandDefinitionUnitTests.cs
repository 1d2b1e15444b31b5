using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;

namespace LlmTutorBot.Tests.Commands;

public class CommandDefinitionUnitTests
{
    [Theory]
    [InlineData("Help")]
    [InlineData("two words")]
    [InlineData("café")]
    [InlineData("/help")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("")]
    [InlineData(" ")]
    public void A_command_name_must_be_short_lower_case_ascii(string name)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new CommandDefinition(name, TestCommands.Same("x")));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("summarize-video_2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void A_command_name_of_lower_case_letters_digits_dashes_and_underscores_is_accepted(string name)
    {
        var command = new CommandDefinition(name, TestCommands.Same("x"));

        Assert.Equal(name, command.Name);
    }

    [Fact]
    public void An_option_name_must_be_valid_too()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new CommandDefinition("ask", TestCommands.Same("x"), new CommandOption("Question", TestCommands.Same("x"))));

        Assert.Equal("options", exception.ParamName);
        Assert.Contains("Question", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_option_can_be_free_text()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CommandDefinition(
            "ask",
            TestCommands.Same("x"),
            new CommandOption("question", TestCommands.Same("x"), CommandOptionType.Text),
            new CommandOption("url", TestCommands.Same("x"), CommandOptionType.Url)));

        Assert.Contains("last option", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_option_cannot_follow_an_optional_one()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CommandDefinition(
            "greet",
            TestCommands.Same("x"),
            new CommandOption("greeting", TestCommands.Same("x"), Required: false),
            new CommandOption("name", TestCommands.Same("x"))));

        Assert.Contains("'name'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_of_lang_shows_its_required_option_in_angle_brackets()
    {
        Assert.Equal("/lang <language>", LanguageHandler.Definition.Usage);
    }

    [Fact]
    public void The_usage_shows_optional_options_in_square_brackets()
    {
        Assert.Equal("/watch <url> [count] [subtitles] [question]", TestCommands.Watch.Usage);
        Assert.Equal("/help", HelpHandler.Definition.Usage);
    }
}
