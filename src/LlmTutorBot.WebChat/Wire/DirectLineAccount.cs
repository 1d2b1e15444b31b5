namespace LlmTutorBot.WebChat.Wire;

/// <summary>A user or the bot in a Direct Line activity; role is "user" or "bot".</summary>
public sealed record DirectLineAccount(string? Id, string? Name = null, string? Role = null);
