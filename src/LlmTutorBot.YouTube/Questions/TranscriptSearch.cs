using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Questions;

/// <summary>
/// Finds the passages of a transcript that best match a question: BM25 over caption windows, each passage widened
/// with the window after it (while it stays under <see cref="MaxPassageWords"/>) so it reads as a whole thought. A
/// passage is whole windows, so whole segments: whole sentences for a cleaned copy, whole captions otherwise; nothing
/// is cut inside a word.
/// </summary>
public static class TranscriptSearch
{
    /// <summary>A passage takes the window after its own only while both stay under this many words.</summary>
    public const int MaxPassageWords = 75;

    private const double K1 = 1.2;
    private const double B = 0.75;

    public static IReadOnlyList<TranscriptPassage> Search(Transcript transcript, string question, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(question);
        var query = Terms.Of(Dehyphenated(question)).Distinct(StringComparer.Ordinal).ToList();

        // "fine-tuning" in a cleaned sentence meets "fine tuning" in a question: words joined by a hyphen are searched apart.
        var windows = CaptionWindows.Build(transcript.Segments).Select(w => w.Text.Contains('-', StringComparison.Ordinal) ? w with { Terms = Terms.Of(Dehyphenated(w.Text)) } : w).ToList();
        if (query.Count == 0 || windows.Count == 0)
        {
            return [];
        }

        var idf = TextRank.InverseDocumentFrequency(windows);
        var averageLength = windows.Average(w => w.Terms.Count);
        var scored = new List<(int Index, double Score)>();
        foreach (var window in windows)
        {
            var score = 0.0;
            foreach (var term in query)
            {
                var tf = window.Terms.Count(t => t == term);
                if (tf > 0)
                {
                    score += idf[term] * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * window.Terms.Count / Math.Max(1, averageLength)))));
                }
            }

            if (score > 0)
            {
                scored.Add((window.Index, score));
            }
        }

        var chosen = new List<(int Index, double Score)>();
        foreach (var candidate in scored.OrderByDescending(s => s.Score))
        {
            if (chosen.All(c => Math.Abs(c.Index - candidate.Index) > 1))
            {
                chosen.Add(candidate);
                if (chosen.Count == max)
                {
                    break;
                }
            }
        }

        return [.. chosen.Select(c =>
        {
            var window = windows[c.Index];
            var widened = c.Index + 1 < windows.Count && Words(window.Text) + Words(windows[c.Index + 1].Text) <= MaxPassageWords;
            return widened
                ? new TranscriptPassage(window.Start, $"{window.Text} {windows[c.Index + 1].Text}", c.Score) { End = windows[c.Index + 1].End }
                : new TranscriptPassage(window.Start, window.Text, c.Score) { End = window.End };
        })];
    }

    private static string Dehyphenated(string text) => text.Replace('-', ' ');

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
