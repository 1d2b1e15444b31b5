namespace LlmTutorBot.Teams.Rendering;

/// <summary>A button: Action.Execute (Teams, Universal Actions) or Action.Submit (Web Chat), carrying the command text it sends.</summary>
public sealed record AdaptiveAction(string Type, string Title, CardCommandData Data)
{
    public const string Execute = "Action.Execute";
    public const string Submit = "Action.Submit";

    /// <summary>Action.Execute's verb; the bot reads the command from <see cref="Data"/> whatever the verb.</summary>
    public string? Verb { get; init; }

    /// <summary>What clients that do not know this action show instead: Action.Execute falls back to Action.Submit.</summary>
    public AdaptiveAction? Fallback { get; init; }
}
