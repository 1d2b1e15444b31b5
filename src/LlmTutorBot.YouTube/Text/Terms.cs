using System.Collections.Frozen;
using System.Text;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// The content words of a text, lower-cased and lightly stemmed, stop words (English, French) removed; Chinese
/// and Japanese text gives character bigrams.
/// </summary>
public static class Terms
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ("a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing "
        + "down during each even few for from further get gets getting go going gonna got had has have having he her here hers him his how i if in into is it "
        + "its itself just know like lot make me more most much my no nor not now of off on once one only or other our out over own really right said same "
        + "say says see she should so some something such than that the their them then there these they thing things think this those through to too "
        + "um uh under until up us very want was way we well were what when where which while who whom why will with would yeah you your yours "
        + "actually basically kind pretty sort okay ok let lets going want wanna video videos "
        + "au aux avec ce ces cette dans de des du elle en est et eux il ils je la le les leur lui ma mais me mes moi mon ne nos notre nous on ou où par pas "
        + "pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être avoir fait faire comme plus tout tous très "
        + "donc alors aussi bien peut ça cela si sont ont était").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string text) => [.. WithSurface(text).Select(t => t.Term)];

    /// <summary>Each term with the word it came from ("model" from "models"), for showing keywords.</summary>
    public static IReadOnlyList<(string Term, string Surface)> WithSurface(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<(string Term, string Surface)>();
        var word = new StringBuilder();
        char? previousCjk = null;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (IsCjk(c))
            {
                Flush();
                if (previousCjk is { } p)
                {
                    var bigram = string.Concat(p, c);
                    terms.Add((bigram, bigram));
                }

                previousCjk = c;
                continue;
            }

            previousCjk = null;
            if (char.IsLetterOrDigit(c) || (c == '-' && word.Length > 0))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return terms;

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            var w = word.ToString().Trim('-');
            word.Clear();
            if (w.Length >= 2 && !StopWords.Contains(w) && !w.All(char.IsDigit))
            {
                terms.Add((Stem(w), w));
            }
        }
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF';

    // Plural and a few verb endings, enough for "models" to find "model" and "training" to find "trained".
    private static string Stem(string w)
    {
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w[..^3];
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
