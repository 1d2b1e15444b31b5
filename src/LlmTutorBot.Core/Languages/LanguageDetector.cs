using System.Globalization;
using System.Text;

namespace LlmTutorBot.Core.Languages;

/// <summary>
/// Tells French, English and Chinese apart in short chat messages, with no model: Han characters mean Chinese;
/// otherwise function words, elisions and accents weigh French against English. Returns null when unsure,
/// so the caller falls back to the conversation's language or the platform's locale.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "que", "qui", "quoi", "quel", "quelle",
        "quels", "quelles", "pourquoi", "comment", "combien", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles",
        "ce", "cette", "ces", "dans", "sur", "avec", "pour", "pas", "ne", "mais", "ou", "donc", "au", "aux", "mon", "ma",
        "mes", "ton", "ta", "son", "sa", "leur", "être", "avoir", "fait", "faire", "peux", "peut", "explique", "expliquer",
        "bonjour", "salut", "merci", "oui", "non", "aussi", "très", "plus", "moins", "entre", "modèle", "modèles",
        "langage", "résume", "résumer", "traduis", "traduire", "vidéo", "c'est", "qu'est-ce", "qu'est", "s'il", "plaît",
        "différence", "apprentissage", "données",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "is", "are", "was", "were", "what", "which", "who", "why", "how", "when", "where", "do",
        "does", "did", "can", "could", "would", "should", "i", "you", "he", "she", "we", "they", "it", "this", "that",
        "these", "those", "in", "on", "with", "for", "of", "to", "not", "but", "or", "so", "my", "your", "their", "be",
        "have", "has", "explain", "please", "hello", "hi", "thanks", "thank", "yes", "no", "also", "very", "more",
        "less", "between", "model", "models", "language", "summarize", "summarise", "translate", "video", "difference",
        "learning", "data", "about", "tell", "me", "there", "it's", "what's", "don't",
    };

    private static readonly string[] FrenchElisions = ["c'", "l'", "d'", "j'", "qu'", "n'", "s'", "m'", "t'"];

    public static BotLanguage? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A link says nothing of the language it was pasted in ("youtu.be" is not English).
        text = WithoutLinks(text);
        var han = 0;
        var letters = 0;
        var frenchAccents = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune.Value))
            {
                han++;
                letters++;
            }
            else if (Rune.IsLetter(rune))
            {
                letters++;
                if ("éèêëàâçùûüîïôœÉÈÊÀÇ".Contains(rune.ToString(), StringComparison.Ordinal))
                {
                    frenchAccents++;
                }
            }
        }

        if (letters == 0)
        {
            return null;
        }

        // Two Han characters are a word; a Latin term inside Chinese text ("什么是 RAG") stays Chinese.
        if (han >= 2 || (han == 1 && letters <= 3))
        {
            return BotLanguage.Zh;
        }

        double french = frenchAccents * 0.5;
        double english = 0;
        foreach (var word in Words(text))
        {
            if (FrenchWords.Contains(word))
            {
                french++;
            }

            if (EnglishWords.Contains(word))
            {
                english++;
            }

            foreach (var elision in FrenchElisions)
            {
                if (word.Length > elision.Length && word.StartsWith(elision, StringComparison.Ordinal))
                {
                    french++;
                    break;
                }
            }
        }

        if (french == english)
        {
            return null;
        }

        return french > english ? BotLanguage.Fr : BotLanguage.En;
    }

    private static string WithoutLinks(string text) =>
        text.Contains("://", StringComparison.Ordinal)
            ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains("://", StringComparison.Ordinal)))
            : text;

    private static IEnumerable<string> Words(string text)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture).Replace('’', '\'');
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && (char.IsLetter(lower[i]) || (lower[i] is '\'' or '-' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return lower[start..i].Trim('\'', '-');
                start = -1;
            }
        }
    }

    private static bool IsHan(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0xF900 and <= 0xFAFF);
}
