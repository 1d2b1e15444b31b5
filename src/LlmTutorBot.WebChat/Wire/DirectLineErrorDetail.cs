namespace LlmTutorBot.WebChat.Wire;

/// <summary>The code (BadArgument, TokenExpired…) and message of a Direct Line error.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
