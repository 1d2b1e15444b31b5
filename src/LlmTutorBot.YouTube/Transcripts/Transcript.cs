namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>A video's captions as timed segments, with where they came from and in which language.</summary>
public sealed record Transcript
{
    public required string Language { get; init; }

    public required TranscriptSource Source { get; init; }

    public required IReadOnlyList<TranscriptSegment> Segments { get; init; }

    /// <summary>True when the timings are estimated (the source had none), so timestamps are approximate.</summary>
    public bool TimingsEstimated { get; init; }

    /// <summary>The language this transcript was translated from, when it is a translation.</summary>
    public string? TranslatedFrom { get; init; }

    public TimeSpan Duration => Segments.Count == 0 ? TimeSpan.Zero : Segments[^1].End;

    public string FullText => string.Join(' ', Segments.Select(s => s.Text));
}
