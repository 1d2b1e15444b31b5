using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Tests.Commands;

/// <summary>Commands that exist only in tests, to exercise every option type the parser knows.</summary>
internal static class TestCommands
{
    /// <summary>/ask &lt;question&gt;: one free-text option.</summary>
    public static CommandDefinition Ask { get; } = new(
        "ask",
        Same("Ask a question"),
        new CommandOption("question", Same("The question"), CommandOptionType.Text));

    /// <summary>/watch &lt;url&gt; [count] [subtitles] [question]: a link, a number, a yes/no and free text.</summary>
    public static CommandDefinition Watch { get; } = new(
        "watch",
        Same("Watch a video"),
        new CommandOption("url", Same("The video"), CommandOptionType.Url),
        new CommandOption("count", Same("How many"), CommandOptionType.Integer, Required: false),
        new CommandOption("subtitles", Same("With subtitles"), CommandOptionType.Boolean, Required: false),
        new CommandOption("question", Same("A question about it"), CommandOptionType.Text, Required: false));

    /// <summary>/greet &lt;name&gt; [greeting]: two plain string options.</summary>
    public static CommandDefinition Greet { get; } = new(
        "greet",
        Same("Greet someone"),
        new CommandOption("name", Same("Who")),
        new CommandOption("greeting", Same("What to say"), Required: false));

    /// <summary>The core's commands and the test commands above.</summary>
    public static CommandCatalog Catalog() =>
        new([HelpHandler.Definition, LanguageHandler.Definition, ResetHandler.Definition, Ask, Watch, Greet]);

    public static LocalizedText Same(string text) => LocalizedText.Invariant(text);
}
