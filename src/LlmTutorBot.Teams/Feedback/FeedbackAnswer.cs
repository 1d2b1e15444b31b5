namespace LlmTutorBot.Teams.Feedback;

/// <summary>A message/submitAction feedback invoke as the bot reads it: the message, like or dislike, and the optional comment.</summary>
public sealed record FeedbackAnswer(string? MessageId, string? Reaction, string? Comment);
