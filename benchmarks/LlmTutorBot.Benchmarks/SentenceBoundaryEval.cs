using System.Text.Json;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// Sentence-boundary precision and recall of <see cref="SentenceRebuilder"/> on the seed track against the team's
/// hand-cleaned sentences (Bundled/Data/osKyvYJ3PRM.sentences-en.json): both are aligned word by word onto the raw
/// captions, and a boundary counts as found when the rebuilder starts a sentence within one word of where the gold does.
/// </summary>
internal static class SentenceBoundaryEval
{
    public static (double Precision, double Recall, int Gold, int Found)? Run(IReadOnlyList<TranscriptSegment> segments)
    {
        using var stream = typeof(BundledVideos).Assembly.GetManifestResourceStream("LlmTutorBot.YouTube.BundledSentences.osKyvYJ3PRM.sentences-en.json");
        if (stream is null)
        {
            return null;
        }

        using var gold = JsonDocument.Parse(stream);
        var goldSentences = gold.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("t").GetString() ?? "").ToList();
        var raw = segments.SelectMany(s => Words(s.Text)).ToList();
        var goldStarts = Starts(raw, goldSentences);
        var found = Starts(raw, [.. SentenceRebuilder.Rebuild(segments).Select(s => s.Text)]);
        var hits = found.Count(f => goldStarts.Any(g => Math.Abs(g - f) <= 1));
        var recalled = goldStarts.Count(g => found.Any(f => Math.Abs(g - f) <= 1));
        return ((double)hits / found.Count, (double)recalled / goldStarts.Count, goldStarts.Count, found.Count);
    }

    // Where each sentence starts in the raw caption words: the sentences' words walked against the raw words, skipping a
    // few on either side to get past a correction ("chat PT" → "ChatGPT") or a dropped stutter.
    private static List<int> Starts(List<string> raw, List<string> sentences)
    {
        var starts = new List<int>();
        var r = 0;
        foreach (var sentence in sentences)
        {
            var words = Words(sentence).ToList();
            var first = true;
            foreach (var word in words)
            {
                var at = Find(raw, r, word);
                if (at < 0)
                {
                    continue;
                }

                if (first)
                {
                    starts.Add(at);
                    first = false;
                }

                r = at + 1;
            }
        }

        return starts;
    }

    private static int Find(List<string> raw, int from, string word)
    {
        for (var i = from; i < Math.Min(raw.Count, from + 4); i++)
        {
            if (raw[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0);
}
