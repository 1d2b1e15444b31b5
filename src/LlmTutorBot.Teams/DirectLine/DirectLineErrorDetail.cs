namespace LlmTutorBot.Teams.DirectLine;

/// <summary>The code and message of a Direct Line error.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
