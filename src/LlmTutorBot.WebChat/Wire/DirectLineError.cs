namespace LlmTutorBot.WebChat.Wire;

/// <summary>Direct Line's error body: {"error":{"code","message"}}.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error);
