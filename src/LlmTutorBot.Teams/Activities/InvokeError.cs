namespace LlmTutorBot.Teams.Activities;

/// <summary>The value of an error invoke response.</summary>
public sealed record InvokeError(string Code, string Message);
