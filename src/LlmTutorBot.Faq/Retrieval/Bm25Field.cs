namespace LlmTutorBot.Faq.Retrieval;

/// <summary>
/// One searchable field (say, every entry's French phrasings) as an inverted index scored with BM25 (k1 1.2, b 0.75).
/// Documents are entry positions; an entry with no text in the field has no document there.
/// </summary>
internal sealed class Bm25Field
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, Dictionary<int, int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _lengths = [];
    private double _averageLength;

    public int DocumentCount => _lengths.Count;

    public void Add(int document, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        _lengths[document] = _lengths.GetValueOrDefault(document) + terms.Count;
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                postings = [];
                _postings[term] = postings;
            }

            postings[document] = postings.GetValueOrDefault(document) + 1;
        }
    }

    /// <summary>Called once every document is added: fixes the average length the scores use.</summary>
    public void Complete() => _averageLength = _lengths.Count == 0 ? 1 : _lengths.Values.Average();

    public bool Contains(string term) => _postings.ContainsKey(term);

    /// <summary>How informative a term is here; a term the field never saw gets the highest value.</summary>
    public double Idf(string term)
    {
        var documentFrequency = _postings.TryGetValue(term, out var postings) ? postings.Count : 0;
        return Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    /// <summary>Adds each document's BM25 score for <paramref name="terms"/>, times <paramref name="weight"/>, into <paramref name="scores"/>.</summary>
    public void Score(IReadOnlyCollection<string> terms, double weight, Dictionary<int, double> scores)
    {
        foreach (var term in terms)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Idf(term);
            foreach (var (document, frequency) in postings)
            {
                var norm = K1 * (1 - B + (B * _lengths[document] / _averageLength));
                var score = idf * frequency * (K1 + 1) / (frequency + norm);
                scores[document] = scores.GetValueOrDefault(document) + (weight * score);
            }
        }
    }

    public bool Matches(int document, string term) =>
        _postings.TryGetValue(term, out var postings) && postings.ContainsKey(document);
}
