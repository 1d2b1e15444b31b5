using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Text;

/// <summary>A caption as <see cref="SentenceRebuilder"/> reads it: its time, text and, when the track gives them, its words' times.</summary>
public sealed record TimedCaption(TimeSpan Start, TimeSpan Duration, string Text, IReadOnlyList<TimedWord>? Words = null)
{
    public TimeSpan End => Start + Duration;

    public static TimedCaption From(TranscriptSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return new TimedCaption(segment.Start, segment.Duration, segment.Text, segment.Words);
    }
}
