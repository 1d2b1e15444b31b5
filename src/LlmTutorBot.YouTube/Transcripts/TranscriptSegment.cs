namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>One caption: when it starts, how long it shows, and its text (plain, one line).</summary>
public sealed record TranscriptSegment(TimeSpan Start, TimeSpan Duration, string Text)
{
    public TimeSpan End => Start + Duration;

    /// <summary>
    /// Each word with the moment it is spoken, when the track gives them (automatic captions in json3 and srv3, and
    /// WebVTT with inline timestamps); the pauses between words help find where sentences end.
    /// </summary>
    public IReadOnlyList<Text.TimedWord>? Words { get; init; }
}
