using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Faq.Retrieval;

/// <summary>
/// Multilingual lexical retrieval over the knowledge base. Each entry has a question document per language (its
/// title and alternatives) and an answer document in its own language. A question is analyzed in all three languages;
/// an entry's score is its best question-field score plus a share of its answer-field score. A question asked word
/// for word as one of an entry's phrasings (case, accents, spacing and punctuation aside) is that entry, first and exact.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    private const double AnswerWeight = 0.35;
    private const double StatementWeight = 0.6;

    // Transcript passages are long and say "language model" often: they back the curated entries, never outrank them.
    private const double PassageWeight = 0.45;
    private const double UnknownBigramShare = 0.4;

    private readonly TextAnalyzers _analyzers = new();
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly Dictionary<BotLanguage, Bm25Field> _questions = [];
    private readonly Dictionary<BotLanguage, Bm25Field> _answers = [];

    // Exact phrasing => entry position, or -1 when two entries share it; also by a phrasing's content words, per language.
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<BotLanguage, Dictionary<string, int>> _exactTerms = [];

    public FaqIndex(Knowledge.KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _entries = knowledgeBase.Entries;
        foreach (var language in BotLanguages.All)
        {
            _questions[language] = new Bm25Field();
            _answers[language] = new Bm25Field();
            _exactTerms[language] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind == EntryKind.Question)
            {
                foreach (var language in BotLanguages.All)
                {
                    _questions[language].Add(i, Analyze(string.Join('\n', entry.Phrasings(language)), language));
                    foreach (var phrasing in entry.Phrasings(language))
                    {
                        Claim(_exact, ExactKey(phrasing), i);
                        Claim(_exactTerms[language], TermsKey(Analyze(phrasing, language)), i);
                    }
                }
            }

            _answers[entry.Language].Add(i, Analyze(entry.Answer, entry.Language));
        }

        foreach (var field in _questions.Values.Concat(_answers.Values))
        {
            field.Complete();
        }
    }

    /// <summary>The best entries for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<FaqHit> Search(string question, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = BotLanguages.All.ToDictionary(l => l, l => (IReadOnlyCollection<string>)Analyze(question, l).Distinct(StringComparer.Ordinal).ToList());
        var best = new Dictionary<int, double>();
        foreach (var language in BotLanguages.All)
        {
            var scores = new Dictionary<int, double>();
            _questions[language].Score(terms[language], 1.0, scores);
            foreach (var (document, score) in scores)
            {
                best[document] = Math.Max(score, best.GetValueOrDefault(document));
            }
        }

        var totals = new Dictionary<int, double>(best);
        foreach (var language in BotLanguages.All)
        {
            var scores = new Dictionary<int, double>();
            _answers[language].Score(terms[language], 1.0, scores);
            foreach (var (document, score) in scores)
            {
                var weight = _entries[document].Kind switch
                {
                    EntryKind.Question => AnswerWeight,
                    EntryKind.Passage => PassageWeight,
                    _ => StatementWeight,
                };
                totals[document] = totals.GetValueOrDefault(document) + (weight * score);
            }
        }

        var exact = _exact.TryGetValue(ExactKey(question), out var exactDocument) ? exactDocument : -1;
        if (exact < 0)
        {
            // The same content words as a phrasing ("What is a large language model?" and "what is an LLM") in exactly one entry.
            var matches = BotLanguages.All
                .Select(l => _exactTerms[l].TryGetValue(TermsKey(terms[l]), out var document) ? document : -1)
                .Where(d => d >= 0)
                .Distinct()
                .ToList();
            exact = matches is [var only] ? only : -1;
        }

        if (exact >= 0)
        {
            totals[exact] = totals.Values.DefaultIfEmpty(0).Max() + 1;
        }

        return
        [
            .. totals
                .OrderByDescending(t => t.Value)
                .ThenBy(t => t.Key)
                .Take(count)
                .Select(t => Hit(t.Key, t.Value, terms) with { Exact = t.Key == exact }),
        ];
    }

    private static void Claim(Dictionary<string, int> map, string key, int document)
    {
        if (key.Length > 0)
        {
            map[key] = map.TryGetValue(key, out var other) && other != document ? -1 : document;
        }
    }

    /// <summary>Content words as a set, in a stable order.</summary>
    private static string TermsKey(IEnumerable<string> terms) => string.Join(' ', terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>A phrasing as compared word for word: folded, letters and digits only, single spaces.</summary>
    private static string ExactKey(string text)
    {
        var folded = Synonyms.Fold(text);
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    public void Dispose() => _analyzers.Dispose();

    private List<string> Analyze(string text, BotLanguage language) => _analyzers.Terms(Synonyms.Normalize(text), language);

    /// <summary>
    /// How much of the question, weighted by IDF, the entry covers, in the language where it covers most: the
    /// question is read in all three, and only the reading in its own language is fair to it.
    /// </summary>
    private FaqHit Hit(int document, double score, Dictionary<BotLanguage, IReadOnlyCollection<string>> terms)
    {
        var best = (Coverage: 0.0, Matched: 0.0);
        foreach (var language in BotLanguages.All)
        {
            var coverage = Coverage(document, language, terms[language]);
            if (coverage.Coverage > best.Coverage || (coverage.Coverage == best.Coverage && coverage.Matched > best.Matched))
            {
                best = coverage;
            }
        }

        return new FaqHit(_entries[document], score, best.Coverage, best.Matched);
    }

    private (double Coverage, double Matched) Coverage(int document, BotLanguage language, IReadOnlyCollection<string> terms)
    {
        var entry = _entries[document];
        var questionField = _questions[language];
        var answerField = _answers[entry.Language];
        double total = 0, matched = 0;
        foreach (var term in terms)
        {
            var known = questionField.Contains(term) || answerField.Contains(term);

            // Chinese is cut into character pairs, about half of which straddle two words: a pair the knowledge base
            // never uses counts at a fraction of an unknown word. Unknown words in French and English count in full.
            var idf = questionField.Idf(term);
            total += !known && language == BotLanguage.Zh && IsHanBigram(term) ? idf * UnknownBigramShare : idf;
            if (questionField.Matches(document, term) || (language == entry.Language && answerField.Matches(document, term)))
            {
                matched += idf;
            }
        }

        return (total == 0 ? 0 : matched / total, matched);
    }

    private static bool IsHanBigram(string term) => term.Length == 2 && term.All(c => c >= 0x3400 && c <= 0x9FFF);
}
