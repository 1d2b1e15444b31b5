using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Core.Commands;

/// <summary>One argument of a command. Names are lower-case ASCII, as Discord requires.</summary>
public sealed record CommandOption(
    string Name,
    LocalizedText Description,
    CommandOptionType Type = CommandOptionType.String,
    bool Required = true,
    IReadOnlyList<CommandChoice>? Choices = null)
{
    public IReadOnlyList<CommandChoice> Choices { get; } = Choices ?? [];

    /// <summary>"`en` (English), `fr` (Français)…" for error messages.</summary>
    public string DescribeChoices(BotLanguage language) =>
        string.Join(", ", Choices.Select(c => $"`{c.Value}` ({c.Name[language]})"));
}
