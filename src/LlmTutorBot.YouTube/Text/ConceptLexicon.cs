using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// The vocabulary of the field (Data/concepts.en.txt: "name | form | form"), found in a transcript's sentences. A
/// summary with no model names what a video covers by these names ("tokenization", "RLHF") rather than by whatever word
/// pairs recur ("models, pizza"). Only English has a lexicon; other languages find none.
/// </summary>
public sealed class ConceptLexicon
{
    private readonly string[] _names;
    private readonly FrozenDictionary<string, (int Concept, string[] Words)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (int Concept, string[] Words)[]> _byPrefix;

    private ConceptLexicon(string[] names, List<(int Concept, string[] Words)> forms)
    {
        _names = names;
        _byFirstWord = forms.Where(f => !f.Words[0].EndsWith('*'))
            .GroupBy(f => f.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byPrefix = forms.Where(f => f.Words[0].EndsWith('*'))
            .GroupBy(f => f.Words[0][..3], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public static ConceptLexicon English { get; } = Load("concepts.en.txt");

    public static ConceptLexicon None { get; } = new([], []);

    public int Count => _names.Length;

    public static ConceptLexicon For(string language) =>
        language.Split('-')[0].Equals("en", StringComparison.OrdinalIgnoreCase) ? English : None;

    /// <summary>Reads "name | form | form" lines; # starts a comment.</summary>
    public static ConceptLexicon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        var forms = new List<(int, string[])>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                throw new FormatException($"A concept line needs a name and at least one form: \"{line}\".");
            }

            foreach (var form in parts.Skip(1))
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Any(w => w.EndsWith('*') && w.Length < 4))
                {
                    throw new FormatException($"A prefix form needs at least three letters before *: \"{form}\".");
                }

                forms.Add((names.Count, words));
            }

            names.Add(parts[0]);
        }

        return new ConceptLexicon([.. names], forms);
    }

    /// <summary>Every concept mentioned in the sentences, with the sentences that mention it; none for an empty lexicon.</summary>
    public IReadOnlyList<Concept> Find(IReadOnlyList<CaptionWindow> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (_names.Length == 0)
        {
            return [];
        }

        var where = new List<int>?[_names.Length];
        var matches = new List<(int Start, int Length, int Concept)>();
        var taken = new List<(int Start, int Length)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = Words(sentences[s].Text);
            matches.Clear();
            for (var i = 0; i < words.Length; i++)
            {
                MatchAt(words, i, matches);
            }

            // A longer form wins over a form inside it: "recurrent neural network" is not also "neural network".
            taken.Clear();
            foreach (var (start, length, concept) in matches.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
            {
                if (taken.Any(t => start < t.Start + t.Length && t.Start < start + length))
                {
                    continue;
                }

                taken.Add((start, length));
                var list = where[concept] ??= [];
                if (list.Count == 0 || list[^1] != s)
                {
                    list.Add(s);
                }
            }
        }

        return [.. where.Select((list, id) => (list, id)).Where(x => x.list is not null && !_names[x.id].StartsWith('~')).Select(x => new Concept(x.id, _names[x.id], x.list!))];
    }

    /// <summary>True when the phrase says a concept of the lexicon (the subject of every video included).</summary>
    public bool Knows(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = Words(phrase);
        var matches = new List<(int, int, int)>();
        for (var i = 0; i < words.Length && matches.Count == 0; i++)
        {
            MatchAt(words, i, matches);
        }

        return matches.Count > 0;
    }

    // Every form that starts at word i: those opening on that exact word, and those opening on a prefix of it.
    private void MatchAt(string[] words, int i, List<(int, int, int)> matches)
    {
        if (_byFirstWord.TryGetValue(words[i], out var exact))
        {
            Match(words, i, exact, matches);
        }

        if (words[i].Length >= 3 && _byPrefix.TryGetValue(words[i][..3], out var prefixed))
        {
            Match(words, i, prefixed, matches);
        }
    }

    private static void Match(string[] words, int at, (int Concept, string[] Words)[] forms, List<(int, int, int)> matches)
    {
        foreach (var (concept, form) in forms)
        {
            if (at + form.Length > words.Length)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < form.Length && all; k++)
            {
                var part = form[k];
                all = part.EndsWith('*')
                    ? words[at + k].StartsWith(part.AsSpan(0, part.Length - 1), StringComparison.Ordinal)
                    : words[at + k] == part;
            }

            if (all)
            {
                matches.Add((at, form.Length, concept));
            }
        }
    }

    // Lower case; every character but a letter or digit is a space, except a point between digits ("3.5").
    internal static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = char.IsLetterOrDigit(c)
                || (c == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
            builder.Append(keep ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static ConceptLexicon Load(string file)
    {
        var name = "LlmTutorBot.YouTube.Concepts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The concept lexicon {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}
