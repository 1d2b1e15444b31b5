using LlmTutorBot.Core.Commands;

namespace LlmTutorBot.Tests.Commands;

public class CommandParserUnitTests
{
    private readonly CommandParser _parser = new(TestCommands.Catalog());

    [Fact]
    public void A_plain_command_is_read_with_no_arguments()
    {
        // Act
        var command = _parser.Parse("/help");

        // Assert
        Assert.NotNull(command);
        Assert.True(command.IsValid);
        Assert.Equal("help", command.Name);
        Assert.Empty(command.Arguments);
    }

    [Theory]
    [InlineData("/HELP")]
    [InlineData("/Help")]
    [InlineData("  /hElP  ")]
    public void Command_names_are_read_whatever_their_case(string text)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.IsValid);
        Assert.Equal("help", command.Name);
    }

    [Theory]
    [InlineData("/usr/bin/env")]
    [InlineData("hello /help")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/-)")]
    [InlineData("// a comment")]
    public void Text_that_is_not_a_slash_command_is_not_read_as_one(string text)
    {
        Assert.Null(_parser.Parse(text));
    }

    [Theory]
    [InlineData("/hepl", "help")]
    [InlineData("/hlep", "help")]
    [InlineData("/lnag fr", "lang")]
    [InlineData("/langs fr", "lang")]
    [InlineData("/rest", "reset")]
    public void A_mistyped_command_is_unknown_and_the_catalog_suggests_the_one_meant(string text, string meant)
    {
        // Arrange
        var catalog = TestCommands.Catalog();
        var parser = new CommandParser(catalog);

        // Act
        var command = parser.Parse(text);

        // Assert
        Assert.NotNull(command);
        Assert.False(command.IsValid);
        Assert.Equal(CommandErrorKind.UnknownCommand, command.Error!.Kind);
        Assert.Equal(meant, catalog.Closest(command.Name)?.Name);
    }

    [Theory]
    [InlineData("/aide svp")]
    [InlineData("/summarize https://youtu.be/x")]
    [InlineData("/xyz")]
    public void An_unknown_command_far_from_every_known_one_gets_no_suggestion(string text)
    {
        var catalog = TestCommands.Catalog();
        var parser = new CommandParser(catalog);

        var command = parser.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(CommandErrorKind.UnknownCommand, command.Error?.Kind);
        Assert.Null(catalog.Closest(command.Name));
    }

    [Fact]
    public void An_unknown_command_keeps_its_name_in_lower_case()
    {
        var command = _parser.Parse("/Aide svp");

        Assert.NotNull(command);
        Assert.Equal("aide", command.Name);
        Assert.Empty(command.Arguments);
    }

    [Theory]
    [InlineData("/greet \"Jean Pierre\" bonjour")]
    [InlineData("/greet “Jean Pierre” bonjour")]
    [InlineData("/greet «Jean Pierre» bonjour")]
    [InlineData("/greet « Jean Pierre » bonjour")]
    [InlineData("/greet 「Jean Pierre」 bonjour")]
    [InlineData("/greet „Jean Pierre“ bonjour")]
    public void Words_in_quotes_are_one_argument(string text)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("Jean Pierre", command.Argument("name"));
        Assert.Equal("bonjour", command.Argument("greeting"));
    }

    [Theory]
    [InlineData("/greet \"Jean Pierre", "\"Jean Pierre")]
    [InlineData("/greet « Jean", "« Jean")]
    [InlineData("/greet Jean “Bonjour à toi", "“Bonjour à toi")]
    public void A_quote_left_open_is_an_unclosed_quote_error(string text, string echoed)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.False(command.IsValid);
        Assert.Equal(CommandErrorKind.UnclosedQuote, command.Error!.Kind);
        Assert.Equal(echoed, command.Error.Value);
    }

    [Theory]
    [InlineData("/greet \"Jean", "name")]
    [InlineData("/greet Jean «bonjour", "greeting")]
    [InlineData("/greet Jean greeting:\"bonjour à", "greeting")]
    public void An_unclosed_quote_error_names_the_option_it_was_for(string text, string option)
    {
        var command = _parser.Parse(text);

        Assert.Equal(CommandErrorKind.UnclosedQuote, command?.Error?.Kind);
        Assert.Equal(option, command!.Error!.OptionName);
    }

    [Theory]
    [InlineData("/lang language:fr")]
    [InlineData("/lang language=fr")]
    [InlineData("/lang LANGUAGE=fr")]
    [InlineData("/lang language:\"fr\"")]
    public void An_option_can_be_named_with_a_colon_or_an_equals_sign(string text)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("fr", command.Argument("language"));
    }

    [Fact]
    public void Named_options_can_come_in_any_order()
    {
        var command = _parser.Parse("/greet greeting=salut name:Jean");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("Jean", command.Argument("name"));
        Assert.Equal("salut", command.Argument("greeting"));
    }

    [Fact]
    public void A_named_option_takes_a_value_in_quotes_with_spaces()
    {
        var command = _parser.Parse("/greet name:\"Jean Pierre\" salut");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("Jean Pierre", command.Argument("name"));
        Assert.Equal("salut", command.Argument("greeting"));
    }

    [Theory]
    [InlineData("/lang")]
    [InlineData("/lang   ")]
    [InlineData("/lang \"\"")]
    public void A_missing_required_argument_is_reported_with_the_option_name(string text)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.False(command.IsValid);
        Assert.Equal(CommandErrorKind.MissingArgument, command.Error!.Kind);
        Assert.Equal("language", command.Error.OptionName);
    }

    [Fact]
    public void A_missing_optional_argument_is_simply_absent()
    {
        var command = _parser.Parse("/greet Jean");

        Assert.NotNull(command);
        Assert.True(command.IsValid);
        Assert.Equal("Jean", command.Argument("name"));
        Assert.Null(command.Argument("greeting"));
        Assert.False(command.Arguments.ContainsKey("greeting"));
    }

    [Theory]
    [InlineData("/help me")]
    [InlineData("/help please")]
    public void A_command_without_options_ignores_the_words_after_it(string text)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.IsValid);
        Assert.Empty(command.Arguments);
    }

    [Theory]
    [InlineData("/lang fr en", "en")]
    [InlineData("/lang fr language:en", "language:en")]
    [InlineData("/reset me \"all of it\"", "all of it")]
    public void Arguments_beyond_the_options_are_too_many(string text, string extra)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.False(command.IsValid);
        Assert.Equal(CommandErrorKind.TooManyArguments, command.Error!.Kind);
        Assert.Equal(extra, command.Error.Value);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("en", "en")]
    [InlineData("zh", "zh")]
    [InlineData("français", "fr")]
    [InlineData("Francais", "fr")]
    [InlineData("French", "fr")]
    [InlineData("English", "en")]
    [InlineData("anglais", "en")]
    [InlineData("中文", "zh")]
    [InlineData("chinois", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("fr-CA", "fr")]
    [InlineData("en_US", "en")]
    [InlineData("auto", "auto")]
    [InlineData("Automatique", "auto")]
    [InlineData("自动", "auto")]
    public void A_choice_is_matched_by_value_alias_or_name_and_stored_as_its_value(string typed, string value)
    {
        var command = _parser.Parse($"/lang {typed}");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal(value, command.Argument("language"));
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("de")]
    [InlineData("de-DE")]
    [InlineData("f")]
    public void A_value_outside_the_choices_is_invalid(string typed)
    {
        var command = _parser.Parse($"/lang {typed}");

        Assert.NotNull(command);
        Assert.False(command.IsValid);
        Assert.Equal(new CommandError(CommandErrorKind.InvalidValue, "language", typed), command.Error);
    }

    [Theory]
    [InlineData("/ask what is RAG?", "what is RAG?")]
    [InlineData("/ask   What  is   «attention»,  really?  ", "What  is   «attention»,  really?")]
    [InlineData("/ask \"RAG\" vs \"fine-tuning\"", "\"RAG\" vs \"fine-tuning\"")]
    [InlineData("/ask \"what is RAG\"", "what is RAG")]
    [InlineData("/ask it's \"open", "it's \"open")]
    [InlineData("/ask line one\nline two", "line one\nline two")]
    public void A_text_option_takes_the_rest_of_the_message_as_typed(string text, string question)
    {
        var command = _parser.Parse(text);

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal(question, command.Argument("question"));
    }

    [Fact]
    public void A_text_option_after_other_options_takes_what_they_leave()
    {
        var command = _parser.Parse("/watch https://x.y/z 3 oui why is  the sky blue?");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("https://x.y/z", command.Argument("url"));
        Assert.Equal("3", command.Argument("count"));
        Assert.Equal("true", command.Argument("subtitles"));
        Assert.Equal("why is  the sky blue?", command.Argument("question"));
    }

    [Fact]
    public void A_named_text_option_takes_the_rest_of_the_message()
    {
        var command = _parser.Parse("/watch https://x.y/z question:why is it: blue?");

        Assert.NotNull(command);
        Assert.True(command.IsValid, command.Error?.ToString());
        Assert.Equal("https://x.y/z", command.Argument("url"));
        Assert.Null(command.Argument("count"));
        Assert.Equal("why is it: blue?", command.Argument("question"));
    }
}
