namespace LlmTutorBot.Core.Replies;

/// <summary>An entry the reply is based on: its title (a knowledge-base question, verbatim), category and score.</summary>
public sealed record ReplySource(string Title, string? Category, double Score);
