namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// Cuts a sequence of sentences into topics, TextTiling-like: the vocabulary of the sentences before each gap is
/// compared with the vocabulary after it, and the cuts go where the similarity drops deepest (the vocabulary changes),
/// no two cuts closer than a minimum span of time.
/// </summary>
public static class TopicSegmenter
{
    /// <summary>The indexes of the sentences that start a section (the first is 0), at most <paramref name="sections"/> of them.</summary>
    public static IReadOnlyList<int> Segment(IReadOnlyList<CaptionWindow> sentences, int sections, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var n = sentences.Count;
        sections = Math.Clamp(sections, 1, Math.Max(1, n / 4));
        if (sections == 1 || n < 8)
        {
            return n == 0 ? [] : [0];
        }

        var block = Math.Clamp(n / (sections * 4), 3, 12);
        var similarity = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            similarity[gap] = Cosine(Counts(sentences, gap - block, gap), Counts(sentences, gap, gap + block));
        }

        var smooth = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            var from = Math.Max(1, gap - 1);
            var to = Math.Min(n - 1, gap + 1);
            var sum = 0.0;
            for (var g = from; g <= to; g++)
            {
                sum += similarity[g];
            }

            smooth[gap] = sum / (to - from + 1);
        }

        var depth = new double[n];
        for (var gap = 1; gap < n; gap++)
        {
            depth[gap] = Peak(smooth, gap, -1) + Peak(smooth, gap, +1) - (2 * smooth[gap]);
        }

        var minSpan = duration / (sections * 2.0);
        var start = sentences[0].Start;
        var end = sentences[^1].End;
        var cuts = new List<int> { 0 };
        foreach (var gap in Enumerable.Range(1, n - 1).OrderByDescending(g => depth[g]).ThenBy(g => g))
        {
            if (cuts.Count == sections)
            {
                break;
            }

            var at = sentences[gap].Start;
            if (at - start < minSpan || end - at < minSpan || cuts.Any(c => (sentences[c].Start - at).Duration() < minSpan))
            {
                continue;
            }

            cuts.Add(gap);
        }

        cuts.Sort();
        return cuts;
    }

    // The highest similarity reached climbing from the gap in one direction.
    private static double Peak(double[] smooth, int gap, int step)
    {
        var peak = smooth[gap];
        for (var g = gap + step; g >= 1 && g < smooth.Length && smooth[g] >= peak; g += step)
        {
            peak = smooth[g];
        }

        return peak;
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<CaptionWindow> sentences, int from, int to)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Math.Max(0, from); i < Math.Min(sentences.Count, to); i++)
        {
            foreach (var term in sentences[i].Terms)
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return counts;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, count) in a)
        {
            na += count * count;
            if (b.TryGetValue(term, out var other))
            {
                dot += count * other;
            }
        }

        foreach (var count in b.Values)
        {
            nb += count * count;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
