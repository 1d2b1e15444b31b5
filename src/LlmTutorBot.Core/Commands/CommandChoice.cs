using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Core.Commands;

/// <summary>One allowed value of an option, its name in each language, and other spellings people type for it.</summary>
public sealed record CommandChoice(string Value, LocalizedText Name, IReadOnlyList<string>? Aliases = null)
{
    public IReadOnlyList<string> Aliases { get; } = Aliases ?? [];
}
