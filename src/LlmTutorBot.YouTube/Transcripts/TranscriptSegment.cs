namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>One caption: when it starts, how long it shows, and its text (plain, one line).</summary>
public sealed record TranscriptSegment(TimeSpan Start, TimeSpan Duration, string Text)
{
    public TimeSpan End => Start + Duration;
}
