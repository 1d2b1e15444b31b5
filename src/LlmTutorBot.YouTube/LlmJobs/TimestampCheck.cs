using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>
/// A timestamp a model cites, checked against the transcript before anyone sees it: moved to the start of the
/// caption that holds it, or refused when it is outside the video.
/// </summary>
public static class TimestampCheck
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>The start of the caption cited at <paramref name="at"/> (to the second), or null outside the video.</summary>
    public static TimeSpan? Snap(IReadOnlyList<TranscriptSegment> segments, TimeSpan at)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || at < TimeSpan.Zero || at >= segments[^1].End + Second)
        {
            return null;
        }

        // The first caption starting at or after the cited second, when it starts within that second ("[1:05]" for 65.4 s)…
        var first = FirstStartingAtOrAfter(segments, at);
        if (first < segments.Count && segments[first].Start < at + Second)
        {
            return segments[first].Start;
        }

        // …else the caption running at that moment (or, in a gap, the one before it).
        return first == 0 ? segments[0].Start : segments[first - 1].Start;
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<TranscriptSegment> segments, TimeSpan at)
    {
        var (low, high) = (0, segments.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (segments[middle].Start < at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
