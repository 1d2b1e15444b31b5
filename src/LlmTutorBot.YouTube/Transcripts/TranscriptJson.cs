using System.Text.Json.Serialization;

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
        [.. transcript.Segments.Select(s => new SegmentJson((long)s.Start.TotalMilliseconds, (long)s.Duration.TotalMilliseconds, s.Text))]);

    public Transcript ToTranscript() => new()
    {
        Language = Language,
        Source = Source,
        TimingsEstimated = TimingsEstimated,
        TranslatedFrom = TranslatedFrom,
        Segments = [.. Segments.Select(s => new TranscriptSegment(TimeSpan.FromMilliseconds(s.Start), TimeSpan.FromMilliseconds(s.Duration), s.Text))],
    };
}

internal sealed record SegmentJson(
    [property: JsonPropertyName("s")] long Start,
    [property: JsonPropertyName("d")] long Duration,
    [property: JsonPropertyName("t")] string Text);
