namespace LlmTutorBot.WebChat.Wire;

/// <summary>A suggested action; "imBack" posts <see cref="Value"/> back as the user's message.</summary>
public sealed record CardAction(string Type, string Title, string Value)
{
    public const string ImBack = "imBack";
}
