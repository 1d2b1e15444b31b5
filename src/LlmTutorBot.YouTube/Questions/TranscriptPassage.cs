namespace LlmTutorBot.YouTube.Questions;

/// <summary>A passage of the transcript that answers a question, with where it starts.</summary>
public sealed record TranscriptPassage(TimeSpan Start, string Text, double Score);
