using System.Collections.Frozen;
using System.Text;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// Terms of a transcript as a learner would list them: runs of content words ("vector database", "mixture of experts"
/// is cut at "of" into its parts) that recur across the video, not in one example only ("tallest building"), with no
/// generic word ("little bit", "thing"). Keywords are the best of them; a section's title is its most distinctive one.
/// </summary>
public static class KeyPhrases
{
    private const int MaxWords = 3;

    private static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
        ("make made makes use used uses using take takes look looks see sees talk talking say said tell give given got put think know want "
        + "need needs try trying getting come comes coming went goes mean means called call start started show showed shows find found work works "
        + "working create created allows allow able happen happens happening help helps keep pretty lot lots bit little way ways thing things stuff "
        + "kind sort example examples today time times people guys everything something anything everyone someone part parts bunch number numbers "
        + "case cases point fact idea ideas question questions slide slides talk video videos end sense sure different same new good great bad big "
        + "small basically actually simply certain specific various own next first second third last several whole entire huge massive incredible "
        + "incredibly super quite year years day days minute minutes hour hours yes yeah hey hi hello bye oh wow cool awesome amazing maybe "
        + "probably definitely certainly exactly obviously already still even ever never always often sometimes usually around back away top "
        + "bottom left anyway though although however therefore instead else etc per via okay alright gonna wanna hmm sorry thank thanks "
        + "welcome course true correct wrong important interesting easy hard long short high low better best worse worst less least able "
        + "sure certain whole half enough far less every single many much real").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Every phrase that recurs: in two sentences at least a minute apart, or in four.</summary>
    public static IReadOnlyList<KeyPhrase> Find(IReadOnlyList<CaptionWindow> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var wordDf = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new Dictionary<string, (Dictionary<string, int> Surfaces, List<int> Sentences, string[] Parts)>(StringComparer.Ordinal);
        var run = new List<(string Stem, string Surface)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            seen.Clear();
            run.Clear();
            foreach (var raw in sentences[s].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim('.', ',', '!', '?', ';', ':', '"', '(', ')', '“', '”', '‘', '’', '…', '\'');
                var lower = word.ToLowerInvariant();
                if (IsContent(word, lower))
                {
                    if (!stems.TryGetValue(lower, out var stem))
                    {
                        stem = Terms.Of(lower) is [var term] ? term : lower;
                        stems[lower] = stem;
                    }

                    run.Add((stem, word));
                    if (seen.Add("\u0001" + stem))
                    {
                        wordDf[stem] = wordDf.GetValueOrDefault(stem) + 1;
                    }
                }
                else
                {
                    Flush(s);
                }

                if (raw.Length > 0 && raw[^1] is ',' or '.' or '!' or '?' or ';' or ':')
                {
                    Flush(s);
                }
            }

            Flush(s);
        }

        var total = Math.Max(1, sentences.Count);
        var phrases = new List<KeyPhrase>();
        foreach (var (key, (surfaces, where, parts)) in found)
        {
            var spread = sentences[where[^1]].Start - sentences[where[0]].Start;
            if (where.Count < (parts.Length == 1 ? 3 : 2) || (where.Count < 4 && spread < TimeSpan.FromMinutes(1)))
            {
                continue;
            }

            var idf = parts.Average(p => Math.Log((double)total / wordDf.GetValueOrDefault(p, 1)) + 1);
            phrases.Add(new KeyPhrase(key, surfaces.MaxBy(f => f.Value).Key, parts.Length, where, idf));
        }

        return phrases;

        void Flush(int sentence)
        {
            for (var i = 0; i < run.Count; i++)
            {
                if (!Edge(run[i].Surface))
                {
                    continue;
                }

                var key = new StringBuilder();
                var surface = new StringBuilder();
                for (var n = 1; n <= MaxWords && i + n <= run.Count; n++)
                {
                    var (stem, word) = run[i + n - 1];
                    key.Append(n > 1 ? " " : "").Append(stem);
                    surface.Append(n > 1 ? " " : "").Append(word);
                    if (!Edge(word) || (n > 1 && run.Skip(i).Take(n - 1).Any(r => r.Stem == stem)))
                    {
                        continue;
                    }

                    var k = key.ToString();
                    if (!seen.Add(k))
                    {
                        continue;
                    }

                    if (!found.TryGetValue(k, out var entry))
                    {
                        entry = (new Dictionary<string, int>(StringComparer.Ordinal), [], [.. run.Skip(i).Take(n).Select(r => r.Stem)]);
                        found[k] = entry;
                    }

                    var text = surface.ToString();
                    entry.Surfaces[text] = entry.Surfaces.GetValueOrDefault(text) + 1;
                    entry.Sentences.Add(sentence);
                }
            }

            run.Clear();
        }
    }

    /// <summary>The best <paramref name="count"/> phrases for the whole video, none inside another.</summary>
    public static IReadOnlyList<string> Keywords(IReadOnlyList<KeyPhrase> phrases, int count)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var chosen = new List<KeyPhrase>();
        foreach (var phrase in phrases.OrderByDescending(Score).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var parts = phrase.Key.Split(' ');
            if (chosen.Any(c => Contains(c.Key, phrase.Key)) || parts.All(p => chosen.Any(c => c.Key.Split(' ').Contains(p))))
            {
                continue;
            }

            chosen.RemoveAll(c => Contains(phrase.Key, c.Key));
            chosen.Add(phrase);
            if (chosen.Count == count)
            {
                break;
            }
        }

        return [.. chosen.Select(c => c.Surface)];
    }

    /// <summary>The phrase most particular to sentences [<paramref name="from"/>, <paramref name="to"/>) not in <paramref name="used"/>.</summary>
    public static KeyPhrase? Title(IReadOnlyList<KeyPhrase> phrases, int from, int to, ISet<string> used)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(used);
        KeyPhrase? best = null;
        var bestScore = 0.0;
        foreach (var phrase in phrases)
        {
            var inside = phrase.Sentences.Count(s => s >= from && s < to);
            if (inside < 2 || used.Contains(phrase.Key))
            {
                continue;
            }

            var score = inside * ((double)inside / phrase.Count) * phrase.Idf * (1 + (1.5 * (phrase.Words - 1)));
            if (score > bestScore)
            {
                (best, bestScore) = (phrase, score);
            }
        }

        return best;
    }

    private static double Score(KeyPhrase phrase) => Math.Sqrt(phrase.Count) * phrase.Idf * (1 + (0.8 * (phrase.Words - 1)));

    private static bool Contains(string phrase, string part) =>
        phrase.Length > part.Length && (phrase.StartsWith(part + " ", StringComparison.Ordinal) || phrase.EndsWith(" " + part, StringComparison.Ordinal) || phrase.Contains(" " + part + " ", StringComparison.Ordinal));

    private static bool IsContent(string word, string lower) =>
        lower.Length >= 2 && lower.Any(char.IsLetter) && !lower.Contains('\'') && !lower.Contains('’')
        && !Terms.IsStopWord(lower) && !Generic.Contains(lower) && !lower.Any(Terms.IsCjk) && !word.All(char.IsDigit);

    // A phrase does not start or end on an adverb ("really") or end on a past participle ("trained").
    private static bool Edge(string word) =>
        !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !(word.Length > 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
}
