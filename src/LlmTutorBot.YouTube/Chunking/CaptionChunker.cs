using System.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Chunking;

/// <summary>
/// Cuts a transcript for the model: captions grouped into lines (a timestamp or a number per line costs tokens, so a
/// line holds several short captions), then lines into chunks on caption boundaries, each under a token budget.
/// </summary>
public static class CaptionChunker
{
    /// <summary>Lines for a summary: a new line (and timestamp) once the current one spans <paramref name="every"/>.</summary>
    public static List<CaptionLine> StampedLines(IReadOnlyList<TranscriptSegment> segments, TimeSpan every)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Group(segments, (first, count, words) => segments[first + count].Start - segments[first].Start >= every);
    }

    /// <summary>
    /// Lines for a translation: captions joined until a line has <paramref name="minWords"/> words (or
    /// <paramref name="maxCaptions"/> captions), so a fragment is translated with its neighbour.
    /// </summary>
    public static List<CaptionLine> TranslationLines(IReadOnlyList<TranscriptSegment> segments, int minWords, int maxCaptions)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Group(segments, (first, count, words) => words >= minWords || count >= maxCaptions);
    }

    /// <summary>
    /// Lines cut into chunks whose rendered lines take at most <paramref name="budget"/> tokens each; a single line
    /// over the budget gets a chunk of its own (its caption cannot be split).
    /// </summary>
    public static List<CaptionChunk> Chunk(IReadOnlyList<CaptionLine> lines, Func<CaptionLine, string> render, Func<string, int> countTokens, int budget)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(countTokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        var chunks = new List<CaptionChunk>();
        var current = new List<CaptionLine>();
        var tokens = 0;
        foreach (var line in lines)
        {
            // Each line ends with a newline: one more token.
            var cost = countTokens(render(line)) + 1;
            if (current.Count > 0 && tokens + cost > budget)
            {
                chunks.Add(new CaptionChunk(chunks.Count, current, tokens));
                current = [];
                tokens = 0;
            }

            current.Add(line);
            tokens += cost;
        }

        if (current.Count > 0)
        {
            chunks.Add(new CaptionChunk(chunks.Count, current, tokens));
        }

        return chunks;
    }

    /// <summary>A summary line: "[12:34] text", brackets in the text made round so no caption can fake a timestamp.</summary>
    public static string Stamped(CaptionLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return $"[{TranscriptText.Clock(line.Start)}] {line.Text.Replace('[', '(').Replace(']', ')')}";
    }

    // Adds captions to the current line until close(first, count, words) says it is complete.
    private static List<CaptionLine> Group(IReadOnlyList<TranscriptSegment> segments, Func<int, int, int, bool> close)
    {
        var lines = new List<CaptionLine>();
        var first = 0;
        var words = 0;
        var text = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > first && close(first, i - first, words))
            {
                lines.Add(new CaptionLine(first, i - first, segments[first].Start, text.ToString()));
                first = i;
                words = 0;
                text.Clear();
            }

            var caption = segments[i].Text;
            if (text.Length > 0 && caption.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(caption);
            words += Math.Max(1, caption.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        }

        if (segments.Count > first)
        {
            lines.Add(new CaptionLine(first, segments.Count - first, segments[first].Start, text.ToString()));
        }

        return lines;
    }
}
