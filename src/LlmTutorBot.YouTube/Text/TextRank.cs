namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// Ranks caption windows by TextRank: a graph whose edges are the TF-IDF cosine similarity of two windows, scored by
/// PageRank, so windows that share the most with the rest of the video rank first.
/// </summary>
public static class TextRank
{
    private const double Damping = 0.85;
    private const int Iterations = 30;
    private const double MinSimilarity = 0.05;

    /// <summary>A score per window (same order), and the IDF of every term.</summary>
    public static (double[] Scores, Dictionary<string, double> Idf) Rank(IReadOnlyList<CaptionWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var n = windows.Count;
        var idf = InverseDocumentFrequency(windows);
        var vectors = new (int[] Ids, double[] Weights)[n];
        var ids = new Dictionary<string, int>(idf.Count, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            vectors[i] = Vector(windows[i].Terms, idf, ids);
        }

        var neighbors = new List<(int Other, double Weight)>[n];
        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            neighbors[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var similarity = Dot(vectors[i], vectors[j]);
                if (similarity >= MinSimilarity)
                {
                    neighbors[i].Add((j, similarity));
                    neighbors[j].Add((i, similarity));
                    outWeight[i] += similarity;
                    outWeight[j] += similarity;
                }
            }
        }

        var scores = new double[n];
        var next = new double[n];
        Array.Fill(scores, 1.0 / Math.Max(1, n));
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                foreach (var (other, weight) in neighbors[i])
                {
                    sum += weight / outWeight[other] * scores[other];
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
            }

            (scores, next) = (next, scores);
        }

        return (scores, idf);
    }

    public static Dictionary<string, double> InverseDocumentFrequency(IReadOnlyList<CaptionWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var window in windows)
        {
            foreach (var term in window.Terms.Distinct())
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        return df.ToDictionary(p => p.Key, p => Math.Log((double)windows.Count / p.Value) + 1, StringComparer.Ordinal);
    }

    private static (int[] Ids, double[] Weights) Vector(IReadOnlyList<string> terms, Dictionary<string, double> idf, Dictionary<string, int> ids)
    {
        var counts = new SortedDictionary<int, double>();
        foreach (var term in terms)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                id = ids.Count;
                ids[term] = id;
            }

            counts[id] = counts.GetValueOrDefault(id) + idf[term];
        }

        var norm = Math.Sqrt(counts.Values.Sum(v => v * v));
        return ([.. counts.Keys], [.. counts.Values.Select(v => norm == 0 ? 0 : v / norm)]);
    }

    private static double Dot((int[] Ids, double[] Weights) a, (int[] Ids, double[] Weights) b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] == b.Ids[j])
            {
                sum += a.Weights[i++] * b.Weights[j++];
            }
            else if (a.Ids[i] < b.Ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
