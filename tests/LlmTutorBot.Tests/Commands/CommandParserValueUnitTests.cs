using LlmTutorBot.Core.Commands;

namespace LlmTutorBot.Tests.Commands;

/// <summary>How the parser checks and normalizes values by option type, typed or handed over by a platform.</summary>
public class CommandParserValueUnitTests
{
    private readonly CommandParser _parser = new(TestCommands.Catalog());

    [Theory]
    [InlineData("https://x.y/z", "https://x.y/z")]
    [InlineData("<https://x.y/z>", "https://x.y/z")]
    [InlineData("http://youtu.be/abc?t=3", "http://youtu.be/abc?t=3")]
    public void A_url_option_takes_web_addresses_and_unwraps_angle_brackets(string typed, string url)
    {
        var command = _parser.Parse($"/watch {typed}");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal(url, command.Argument("url"));
    }

    [Theory]
    [InlineData("ftp://x.y/z")]
    [InlineData("file:///etc/passwd")]
    [InlineData("x.y/z")]
    [InlineData("/etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public void A_url_option_rejects_anything_but_http_and_https_addresses(string typed)
    {
        var command = _parser.Parse($"/watch {typed}");

        Assert.NotNull(command);
        Assert.Equal(new CommandError(CommandErrorKind.InvalidValue, "url", typed), command.Error);
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("+7", "7")]
    [InlineData("007", "7")]
    [InlineData("-3", "-3")]
    public void An_integer_option_is_stored_in_canonical_form(string typed, string value)
    {
        var command = _parser.Parse($"/watch https://x.y {typed}");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal(value, command.Argument("count"));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("three")]
    [InlineData("99999999999999999999")]
    public void An_integer_option_rejects_what_is_not_a_whole_number(string typed)
    {
        var command = _parser.Parse($"/watch https://x.y count:{typed}");

        Assert.NotNull(command);
        Assert.Equal(new CommandError(CommandErrorKind.InvalidValue, "count", typed), command.Error);
    }

    [Theory]
    [InlineData("oui", "true")]
    [InlineData("YES", "true")]
    [InlineData("vrai", "true")]
    [InlineData("是", "true")]
    [InlineData("1", "true")]
    [InlineData("non", "false")]
    [InlineData("Off", "false")]
    [InlineData("否", "false")]
    [InlineData("0", "false")]
    public void A_boolean_option_reads_yes_and_no_in_each_language(string typed, string value)
    {
        var command = _parser.Parse($"/watch https://x.y subtitles={typed}");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal(value, command.Argument("subtitles"));
    }

    [Fact]
    public void A_boolean_option_rejects_maybe()
    {
        var command = _parser.Parse("/watch https://x.y subtitles=maybe");

        Assert.Equal(new CommandError(CommandErrorKind.InvalidValue, "subtitles", "maybe"), command?.Error);
    }

    [Fact]
    public void Arguments_a_platform_parsed_are_validated_and_normalized()
    {
        var arguments = new Dictionary<string, string> { ["url"] = "<https://x.y/z>", ["count"] = "+2", ["subtitles"] = "oui" };

        var command = _parser.FromArguments("watch", arguments);

        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("https://x.y/z", command.Argument("url"));
        Assert.Equal("2", command.Argument("count"));
        Assert.Equal("true", command.Argument("subtitles"));
    }

    [Fact]
    public void Arguments_a_platform_parsed_have_their_choices_canonicalized()
    {
        var command = _parser.FromArguments("lang", new Dictionary<string, string> { ["language"] = "Français" });

        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("fr", command.Argument("language"));
    }

    [Fact]
    public void Arguments_a_platform_parsed_with_an_unknown_option_name_are_rejected()
    {
        var command = _parser.FromArguments("lang", new Dictionary<string, string> { ["lang"] = "fr" });

        Assert.False(command.IsValid);
        Assert.Equal(new CommandError(CommandErrorKind.TooManyArguments, "lang", "fr"), command.Error);
    }

    [Fact]
    public void Arguments_a_platform_parsed_with_an_invalid_value_are_rejected()
    {
        var command = _parser.FromArguments("watch", new Dictionary<string, string> { ["url"] = "ftp://x.y" });

        Assert.Equal(new CommandError(CommandErrorKind.InvalidValue, "url", "ftp://x.y"), command.Error);
    }

    [Fact]
    public void Arguments_a_platform_parsed_without_a_required_option_are_rejected()
    {
        var command = _parser.FromArguments("lang", new Dictionary<string, string>());

        Assert.Equal(new CommandError(CommandErrorKind.MissingArgument, "language"), command.Error);
    }

    [Fact]
    public void A_platform_command_missing_from_the_catalog_is_unknown()
    {
        var command = _parser.FromArguments("summarize", new Dictionary<string, string>());

        Assert.Equal("summarize", command.Name);
        Assert.Equal(CommandErrorKind.UnknownCommand, command.Error?.Kind);
    }
}
