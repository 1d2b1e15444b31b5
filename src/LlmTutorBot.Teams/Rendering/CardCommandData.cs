namespace LlmTutorBot.Teams.Rendering;

/// <summary>A button's data: the command text a press sends, as if the user had typed it.</summary>
public sealed record CardCommandData(string Command)
{
    /// <summary>The JSON property inbound submits are read from.</summary>
    public const string PropertyName = "command";
}
