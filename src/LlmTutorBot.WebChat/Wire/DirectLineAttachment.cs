namespace LlmTutorBot.WebChat.Wire;

/// <summary>A file the bot sends, as a data: URL.</summary>
public sealed record DirectLineAttachment(string ContentType, string ContentUrl, string? Name);
