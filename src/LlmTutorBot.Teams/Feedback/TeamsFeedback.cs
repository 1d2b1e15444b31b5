namespace LlmTutorBot.Teams.Feedback;

/// <summary>One feedback stored for operators ("teams feedback"): when, who, on which message of which conversation, like or dislike, and the comment.</summary>
public sealed record TeamsFeedback(DateTimeOffset At, string Conversation, string MessageId, string User, string? UserName, string Reaction, string? Comment);
