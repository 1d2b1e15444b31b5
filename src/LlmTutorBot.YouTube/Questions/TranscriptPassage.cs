namespace LlmTutorBot.YouTube.Questions;

/// <summary>A passage of the transcript that answers a question: whole segments, with where it starts and ends.</summary>
public sealed record TranscriptPassage(TimeSpan Start, string Text, double Score)
{
    public TimeSpan End { get; init; }
}
