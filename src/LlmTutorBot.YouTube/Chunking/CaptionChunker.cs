using System.Text;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Chunking;

/// <summary>
/// Cuts a transcript for the model: captions grouped into lines (a timestamp or a number per line costs tokens, so a
/// line holds several short captions), then lines into chunks on caption boundaries, each under a token budget.
/// </summary>
public static class CaptionChunker
{
    // Sentences that share captions are joined into one line up to about this many words.
    private const int MaxSentenceLineWords = 60;

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
    /// Lines for a translation made of whole sentences (<see cref="SentenceRebuilder"/>): each line is the captions a
    /// sentence spans (sentences that share a caption share a line), its text the rebuilt sentence, so automatic captions
    /// are translated as punctuated sentences; captions no sentence holds (sounds, repeats) join the line before. Null when
    /// no sentence can be made (a track of sounds only).
    /// </summary>
    public static List<CaptionLine>? SentenceLines(IReadOnlyList<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var sentences = SentenceRebuilder.Rebuild(segments);
        if (sentences.Count == 0)
        {
            return null;
        }

        var lines = new List<CaptionLine>();
        var first = 0;
        var last = sentences[0].LastCaption;
        var text = new StringBuilder(sentences[0].Text);
        var words = sentences[0].Words;
        for (var s = 1; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.FirstCaption <= last && (words + sentence.Words <= MaxSentenceLineWords || sentence.LastCaption <= last))
            {
                text.Append(' ').Append(sentence.Text);
                last = Math.Max(last, sentence.LastCaption);
                words += sentence.Words;
                continue;
            }

            // A sentence that starts in the line's last caption, when the line is long already, starts the next line
            // at the next caption.
            var next = Math.Max(sentence.FirstCaption, last + 1);
            lines.Add(new CaptionLine(first, next - first, segments[first].Start, text.ToString()));
            first = next;
            words = sentence.Words;
            last = sentence.LastCaption;
            text.Clear().Append(sentence.Text);
        }

        lines.Add(new CaptionLine(first, segments.Count - first, segments[first].Start, text.ToString()));
        return lines;
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
