namespace LlmTutorBot.Teams.Activities;

/// <summary>An entity of an activity: a mention (<see cref="Mentioned"/>, <see cref="Text"/>) or clientInfo (<see cref="Locale"/>).</summary>
public sealed record ActivityEntity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>The mention's markup in the message text, such as "&lt;at&gt;Bot&lt;/at&gt;".</summary>
    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public string? Platform { get; init; }
}
