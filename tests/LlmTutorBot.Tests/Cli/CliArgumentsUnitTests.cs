using LlmTutorBot.Cli;

namespace LlmTutorBot.Tests.Cli;

public sealed class CliArgumentsUnitTests
{
    [Fact]
    public void Ask_joins_the_words_of_its_message_and_reads_its_options()
    {
        var parsed = CliArguments.Parse(["ask", "--json", "--conversation", "c1", "--locale", "fr-FR", "what", "is", "RAG?"], out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(CliVerb.Ask, parsed.Verb);
        Assert.True(parsed.Json);
        Assert.Equal("c1", parsed.ConversationId);
        Assert.Equal("fr-FR", parsed.Locale);
        Assert.Equal("what is RAG?", parsed.Message);
    }

    [Fact]
    public void Ask_without_a_message_reads_standard_input()
    {
        var parsed = CliArguments.Parse(["ask", "--json"], out _);

        Assert.NotNull(parsed);
        Assert.Null(parsed.Message);
    }

    [Fact]
    public void Configuration_arguments_are_passed_to_the_host_and_a_double_dash_ends_the_options()
    {
        var parsed = CliArguments.Parse(["ask", "--State:MaxTurns=4", "--", "--json", "is", "text"], out _);

        Assert.NotNull(parsed);
        Assert.Equal(["--State:MaxTurns=4"], parsed.ConfigurationArguments);
        Assert.False(parsed.Json);
        Assert.Equal("--json is text", parsed.Message);
    }

    [Theory]
    [InlineData(new[] { "ask", "--bogus" }, "Unknown option --bogus")]
    [InlineData(new[] { "ask", "--user" }, "--user needs a value")]
    [InlineData(new[] { "chat", "hello" }, "chat takes no message")]
    [InlineData(new[] { "serve" }, "Expected a command")]
    public void Bad_arguments_are_refused_with_a_reason(string[] args, string reason)
    {
        var parsed = CliArguments.Parse(args, out var error);

        Assert.Null(parsed);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_ask_and_chat_verbs_turn_the_binary_into_a_cli()
    {
        Assert.True(CliApplication.Handles(["ask", "hi"]));
        Assert.True(CliApplication.Handles(["chat"]));
        Assert.False(CliApplication.Handles([]));
        Assert.False(CliApplication.Handles(["--urls", "http://127.0.0.1:5000"]));
    }
}
