namespace LlmTutorBot.Core.Commands;

/// <summary>
/// A slash command read from a message or received from a platform: its name, its arguments by option name
/// (already checked against the catalog and normalized), or the reason it could not be read.
/// </summary>
public sealed record ParsedCommand(string Name, IReadOnlyDictionary<string, string> Arguments, CommandError? Error = null)
{
    public bool IsValid => Error is null;

    public string? Argument(string option) => Arguments.TryGetValue(option, out var value) ? value : null;

    public static ParsedCommand Invalid(string name, CommandError error) =>
        new(name, new Dictionary<string, string>(), error);
}
