using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Text;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>A transcript as stored (the cache and the bundled file): segments as {s, d, t} in milliseconds.</summary>
internal sealed record TranscriptJson(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("source")] TranscriptSource Source,
    [property: JsonPropertyName("timingsEstimated")] bool TimingsEstimated,
    [property: JsonPropertyName("translatedFrom")] string? TranslatedFrom,
    [property: JsonPropertyName("segments")] IReadOnlyList<SegmentJson> Segments)
{
    public static TranscriptJson From(Transcript transcript) => new(
        transcript.Language,
        transcript.Source,
        transcript.TimingsEstimated,
        transcript.TranslatedFrom,
        [.. transcript.Segments.Select(s => new SegmentJson(
            (long)s.Start.TotalMilliseconds,
            (long)s.Duration.TotalMilliseconds,
            s.Text,
            s.Words?.Select(w => new WordJson((long)(w.Start - s.Start).TotalMilliseconds, w.Text)).ToList()))]);

    public Transcript ToTranscript() => new()
    {
        Language = Language,
        Source = Source,
        TimingsEstimated = TimingsEstimated,
        TranslatedFrom = TranslatedFrom,
        Segments = [.. Segments.Select(s => new TranscriptSegment(TimeSpan.FromMilliseconds(s.Start), TimeSpan.FromMilliseconds(s.Duration), s.Text)
        {
            Words = s.Words?.Select(w => new TimedWord(TimeSpan.FromMilliseconds(s.Start + w.Offset), w.Text)).ToList(),
        })],
    };
}

internal sealed record SegmentJson(
    [property: JsonPropertyName("s")] long Start,
    [property: JsonPropertyName("d")] long Duration,
    [property: JsonPropertyName("t")] string Text,
    [property: JsonPropertyName("w")] IReadOnlyList<WordJson>? Words = null);

/// <summary>A timed word as stored: its offset from the segment's start in milliseconds, and its text.</summary>
internal sealed record WordJson(
    [property: JsonPropertyName("o")] long Offset,
    [property: JsonPropertyName("t")] string Text);
