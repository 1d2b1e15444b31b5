using LlmTutorBot.Core.Commands;

namespace LlmTutorBot.Tests.Commands;

/// <summary>
/// Commands typed without their slash (Teams' command menu inserts the bare title): the command when the words after
/// its name fill its options or are at most two; a sentence that merely starts with the word stays a question.
/// </summary>
public sealed class BareCommandUnitTests
{
    private readonly CommandParser _parser = new(TestCommands.Catalog());

    [Theory]
    [InlineData("help", "help")]
    [InlineData("Help", "help")]
    [InlineData("HELP!", "help")]
    [InlineData("  help  ", "help")]
    [InlineData("help me", "help")]
    [InlineData("help please", "help")]
    [InlineData("help, please", "help")]
    [InlineData("reset", "reset")]
    [InlineData("lang fr", "lang")]
    [InlineData("lang français", "lang")]
    [InlineData("lang 中文", "lang")]
    [InlineData("lang zh-CN", "lang")]
    [InlineData("lang auto", "lang")]
    [InlineData("ask what is attention", "ask")]
    [InlineData("ask C'est quoi un LLM ?", "ask")]
    [InlineData("ask 什么是注意力机制？", "ask")]
    [InlineData("watch https://youtu.be/osKyvYJ3PRM", "watch")]
    [InlineData("watch https://youtu.be/osKyvYJ3PRM 3 yes what about pizza?", "watch")]
    [InlineData("greet Jean", "greet")]
    public void A_command_name_without_its_slash_is_that_command(string text, string name)
    {
        var command = _parser.ParseBare(text);

        Assert.NotNull(command);
        Assert.Equal(name, command.Name);
        Assert.True(command.IsValid, command.Error?.ToString());
    }

    [Theory]
    [InlineData("lang klingon")]
    [InlineData("lang")]
    [InlineData("lang 克林贡语")]
    [InlineData("ask")]
    [InlineData("watch this")]
    [InlineData("watch that video")]
    public void A_command_word_followed_by_nonsense_is_the_command_with_the_same_error_as_its_slash_form(string text)
    {
        var bare = _parser.ParseBare(text);
        var slash = _parser.Parse("/" + text);

        Assert.NotNull(bare);
        Assert.False(bare.IsValid);
        Assert.Equal(slash, bare, new ParsedCommandComparer());
    }

    [Theory]
    [InlineData("help me understand attention")]
    [InlineData("help me understand how transformers work")]
    [InlineData("Help: what is a token?")]
    [InlineData("help 我想了解注意力机制是什么")]
    [InlineData("help, qu'est-ce qu'un LLM ?")]
    [InlineData("reset the weights of a neural network?")]
    [InlineData("reset a model to its pre-trained weights")]
    [InlineData("lang models are what exactly")]
    [InlineData("watch out for hallucinations in answers")]
    [InlineData("helpful tips for prompts")]
    [InlineData("language models")]
    [InlineData("aide-moi à comprendre l'attention")]
    [InlineData("帮助我理解注意力")]
    [InlineData("what is help")]
    [InlineData("/help")]
    [InlineData("")]
    public void A_sentence_that_merely_starts_with_a_command_word_stays_text(string text)
    {
        Assert.Null(_parser.ParseBare(text));
    }

    private sealed class ParsedCommandComparer : IEqualityComparer<ParsedCommand?>
    {
        public bool Equals(ParsedCommand? x, ParsedCommand? y) =>
            x?.Name == y?.Name && x?.Error == y?.Error && x?.Arguments.Count == y?.Arguments.Count;

        public int GetHashCode(ParsedCommand? obj) => obj?.Name.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
