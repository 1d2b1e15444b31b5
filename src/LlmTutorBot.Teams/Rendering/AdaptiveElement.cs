namespace LlmTutorBot.Teams.Rendering;

/// <summary>A TextBlock: Adaptive Cards render a subset of Markdown in it.</summary>
public sealed record AdaptiveElement(string Text)
{
    public string Type { get; init; } = "TextBlock";

    public bool Wrap { get; init; } = true;

    /// <summary>"Bolder" for section titles.</summary>
    public string? Weight { get; init; }

    public bool? Separator { get; init; }
}
