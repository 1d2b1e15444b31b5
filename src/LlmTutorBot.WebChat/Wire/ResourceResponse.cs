namespace LlmTutorBot.WebChat.Wire;

/// <summary>The id given to a posted activity.</summary>
public sealed record ResourceResponse(string Id);
