using System.Collections.Frozen;
using LlmTutorBot.YouTube.Text;

namespace LlmTutorBot.YouTube.Summaries;

public sealed partial class ExtractiveSummaryEngine
{
    /// <summary>
    /// Picks sentences: each scored by centrality (closeness to the video's vocabulary as a whole), density of rare terms and quality (a whole sentence of readable length, not cut at
    /// the length limit, not an aside), then chosen by maximal marginal relevance so no two say the same thing.
    /// </summary>
    private sealed class Selection
    {
        private const double Lambda = 0.65;

        private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
            ["so", "and", "but", "now", "okay", "ok", "well", "alright", "also", "um", "uh", "then"], StringComparer.Ordinal);

        private static readonly FrozenSet<string> BackReferences = FrozenSet.ToFrozenSet(
            ["it", "this", "that", "they", "these", "those", "he", "she", "which", "because", "its", "their", "them"], StringComparer.Ordinal);

        private static readonly string[] Asides =
        [
            "subscribe", "description below", "in the description", "sponsor", "patreon", "like this video", "comment below", "my channel",
            "link below", "pause for a second", "brought to you by", "sign up", "discount code",
        ];

        // Words a sentence does not start on unless it was cut mid-clause ("At that time but…", "Of the data…").
        private static readonly FrozenSet<string> Dangling = FrozenSet.ToFrozenSet(
            ["of", "to", "for", "with", "from", "than", "or", "by", "as", "into", "onto", "about", "between", "whereas"], StringComparer.Ordinal);

        private readonly IReadOnlyList<TimedSentence> _rebuilt;
        private readonly List<CaptionWindow> _sentences;
        private readonly double[] _relevance;
        private readonly Dictionary<string, double>[] _vectors;
        private readonly Dictionary<string, double> _centroid = new(StringComparer.Ordinal);
        private readonly HashSet<int> _used = [];
        private readonly List<int>[] _concepts;
        private readonly HashSet<int> _covered = [];

        public Selection(IReadOnlyList<TimedSentence> rebuilt, List<CaptionWindow> sentences, IReadOnlyList<Concept> concepts)
        {
            _rebuilt = rebuilt;
            _sentences = sentences;
            _concepts = [.. sentences.Select(_ => new List<int>())];
            foreach (var concept in concepts)
            {
                foreach (var i in concept.Sentences)
                {
                    _concepts[i].Add(concept.Id);
                }
            }

            // Centrality is the sentence's cosine with the whole video's TF-IDF centroid (linear in the sentences; TextRank's
            // graph is quadratic, seconds on a 3-hour track).
            var idf = TextRank.InverseDocumentFrequency(sentences);
            _relevance = new double[sentences.Count];
            _vectors = new Dictionary<string, double>[sentences.Count];
            for (var i = 0; i < sentences.Count; i++)
            {
                _vectors[i] = Vector(sentences[i].Terms, idf);
                foreach (var (term, weight) in _vectors[i])
                {
                    _centroid[term] = _centroid.GetValueOrDefault(term) + weight;
                }
            }

            Normalize(_centroid);
            var central = _vectors.Select(v => Cosine(v, _centroid)).ToArray();
            var top = Math.Max(central.Max(), double.Epsilon);
            var density = sentences.Select((s, i) => s.Terms.Distinct().Sum(t => idf[t]) / Math.Sqrt(rebuilt[i].Words + 1)).ToArray();
            var dense = Math.Max(density.Max(), double.Epsilon);
            for (var i = 0; i < sentences.Count; i++)
            {
                // A sentence that names concepts of the field is more likely to say something a learner keeps.
                var named = 1 + (0.15 * Math.Min(3, _concepts[i].Count));
                _relevance[i] = Quality(i) * named * ((0.5 * central[i] / top) + (0.5 * density[i] / dense));
            }
        }

        /// <summary>The most representative sentence of [from, to): central there, a good sentence, naming the section's concept if it has one.</summary>
        public int Gist(int from, int to, Concept? concept)
        {
            var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = from; i < to; i++)
            {
                foreach (var (term, weight) in _vectors[i])
                {
                    centroid[term] = centroid.GetValueOrDefault(term) + weight;
                }
            }

            Normalize(centroid);
            var best = Best(from, to, i => _relevance[i] * (0.3 + Cosine(_vectors[i], centroid)) * Brevity(i)
                * (concept is not null && _concepts[i].Contains(concept.Id) ? 1.6 : 1));
            best = best >= 0 ? best : Enumerable.Range(from, to - from).MaxBy(i => _rebuilt[i].Words);
            _used.Add(best);
            _covered.UnionWith(_concepts[best]);
            return best;
        }

        /// <summary>Marks concepts as already named by the summary (titles, keywords).</summary>
        public void Cover(IEnumerable<int> concepts) => _covered.UnionWith(concepts);

        /// <summary>One sentence for each section, then the best of the rest, by MMR; in time order.</summary>
        public List<int> Takeaways(List<int> sections, int count)
        {
            var chosen = new List<int>();
            for (var k = 0; k < sections.Count && chosen.Count < count; k++)
            {
                var to = k + 1 < sections.Count ? sections[k + 1] : _sentences.Count;
                Take(chosen, Best(sections[k], to, i => Marginal(i) * Brevity(i)));
            }

            while (chosen.Count < count && Take(chosen, Best(0, _sentences.Count, Marginal)))
            {
            }

            chosen.Sort();
            return chosen;
        }

        /// <summary>One sentence from each part of the video (thirds), the most central there.</summary>
        public List<int> Tldr(TimeSpan end, int count)
        {
            var chosen = new List<int>();
            for (var k = 0; k < count; k++)
            {
                var from = _sentences.FindIndex(s => s.Start >= end * k / count);
                var to = _sentences.FindIndex(s => s.Start >= end * (k + 1) / count);
                from = from < 0 ? _sentences.Count : from;
                to = to < 0 ? _sentences.Count : to;
                Take(chosen, Best(from, to, i => Marginal(i) * (0.3 + Cosine(_vectors[i], _centroid)) * (_rebuilt[i].Words <= 25 ? 1 : 0.5)));
            }

            return chosen;
        }

        /// <summary>Sentences that carry facts (numbers, names), spread by MMR; in time order.</summary>
        public List<int> Highlights(int count, TimeSpan end)
        {
            // Apart in time too: three facts from one minute of the video would leave the rest of it out.
            var apart = end / (count * 3.0);
            var chosen = new List<int>();
            while (chosen.Count < count && Take(chosen, Best(0, _sentences.Count, i =>
                chosen.Any(c => (_sentences[c].Start - _sentences[i].Start).Duration() < apart) ? 0 : Marginal(i) * (HasFact(i) ? 1.6 : 1) * Brevity(i))))
            {
            }

            chosen.Sort();
            return chosen;
        }

        // Shorter sentences read better and leave room for more points within the word limit.
        private double Brevity(int i) => _rebuilt[i].Words switch
        {
            <= 18 => 1,
            <= 26 => 0.75,
            _ => 0.5,
        };

        /// <summary>The sentence as shown: without an opening "so", "and", "okay", capitalized.</summary>
        public string Display(int i)
        {
            var text = _sentences[i].Text;
            var words = text.Split(' ');
            var skip = 0;
            while (skip < words.Length - 6 && skip < 3 && Openers.Contains(words[skip].TrimEnd(',').ToLowerInvariant()))
            {
                skip++;
            }

            return skip == 0 ? text : TrueCase.Capitalize(string.Join(' ', words.Skip(skip)).TrimStart(',', ' '));
        }

        /// <summary>A title from a sentence when no key phrase fits: its first words.</summary>
        public static string Opening(string text)
        {
            var words = text.TrimEnd('.', '?', '!', '。').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words.Take(6)) + "…";
        }

        private bool Take(List<int> chosen, int index)
        {
            if (index < 0)
            {
                return false;
            }

            chosen.Add(index);
            _used.Add(index);
            _covered.UnionWith(_concepts[index]);
            return true;
        }

        // The best unused candidate of [from, to) by the score; -1 when there is none.
        private int Best(int from, int to, Func<int, double> score)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var i = Math.Max(0, from); i < Math.Min(to, _sentences.Count); i++)
            {
                if (_relevance[i] <= 0 || _used.Contains(i))
                {
                    continue;
                }

                var s = score(i);
                if (s > bestScore)
                {
                    (best, bestScore) = (i, s);
                }
            }

            return best;
        }

        // Maximal marginal relevance: relevant, and unlike every sentence already used.
        private double Marginal(int i)
        {
            var redundancy = 0.0;
            foreach (var j in _used)
            {
                redundancy = Math.Max(redundancy, Cosine(_vectors[i], _vectors[j]));
            }

            // Coverage: a sentence naming a concept nothing chosen has named yet is worth more.
            var fresh = _concepts[i].Count(c => !_covered.Contains(c));
            return Math.Max(0.0001, (Lambda * _relevance[i]) - ((1 - Lambda) * redundancy)) * (1 + (0.5 * Math.Min(2, fresh)));
        }

        private double Quality(int i)
        {
            var sentence = _rebuilt[i];
            if (sentence.Words is < 6 or > 45)
            {
                return 0;
            }

            var quality = sentence.Words is >= 8 and <= 35 ? 1.0 : 0.6;
            var text = sentence.Text;
            var first = text.Split(' ', 2)[0].TrimEnd(',').ToLowerInvariant();
            quality *= sentence.Forced ? 0.2 : 1;
            quality *= BackReferences.Contains(first) ? 0.8 : 1;
            quality *= Dangling.Contains(first) ? 0.4 : 1;
            quality *= text.EndsWith('?') ? 0.7 : 1;
            quality *= Asides.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)) ? 0.3 : 1;
            quality *= text.Any(char.IsDigit) ? 1.1 : 1;
            return quality;
        }

        // A number, or a capitalized word that is not the first.
        private bool HasFact(int i) =>
            _sentences[i].Text.Split(' ').Skip(1).Any(w => w.Length > 1 && (char.IsDigit(w[0]) || (char.IsUpper(w[0]) && w != "I" && !w.StartsWith("I'", StringComparison.Ordinal))));

        private static Dictionary<string, double> Vector(IReadOnlyList<string> terms, Dictionary<string, double> idf)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                vector[term] = vector.GetValueOrDefault(term) + idf[term];
            }

            Normalize(vector);
            return vector;
        }

        // Both vectors have unit length: their dot product is their cosine.
        private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
        {
            if (a.Count > b.Count)
            {
                (a, b) = (b, a);
            }

            double dot = 0;
            foreach (var (term, weight) in a)
            {
                if (b.TryGetValue(term, out var other))
                {
                    dot += weight * other;
                }
            }

            return dot;
        }

        private static void Normalize(Dictionary<string, double> vector)
        {
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            if (norm == 0)
            {
                return;
            }

            foreach (var term in vector.Keys)
            {
                vector[term] /= norm;
            }
        }
    }
}
