using System.Collections.Frozen;
using System.Text;

namespace LlmTutorBot.YouTube.Text;

public static partial class SentenceRebuilder
{
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["um", "uh", "uhm", "umm", "uhh", "erm", "er", "ah", "hmm", "mm", "mhm", "euh", "bah"], StringComparer.Ordinal);

    // Words that may be said twice on purpose ("that that", "had had").
    private static readonly FrozenSet<string> Doubled = FrozenSet.ToFrozenSet(["that", "had", "bye", "no", "very", "ha"], StringComparer.Ordinal);

    // After these, "you know" is the verb ("do you know", "if you know"); before these, too ("you know what", "you know that").
    private static readonly FrozenSet<string> KnowBefore = FrozenSet.ToFrozenSet(
        ["do", "did", "does", "don't", "if", "as", "what", "whether", "when", "i", "we", "they", "and", "so", "that", "than"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> KnowAfter = FrozenSet.ToFrozenSet(
        ["what", "how", "that", "about", "why", "where", "when", "who", "which", "it", "this", "the", "a", "your", "my", "them", "him", "her", "more"], StringComparer.Ordinal);

    // Fillers, "you know" used as a filler, a "like" next to a filler, stutters ("now now", "it is it is").
    private static List<Token> Cleanup(List<Token> tokens)
    {
        var kept = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            if (Fillers.Contains(key) || IsFillerKnow(tokens, i) || IsFillerLike(tokens, i))
            {
                i += key == "you" ? 1 : 0;
                continue;
            }

            if (kept.Count > 0 && string.Equals(kept[^1].Key, key, StringComparison.Ordinal) && !Doubled.Contains(key) && !key.Any(char.IsDigit))
            {
                continue;
            }

            if (kept.Count >= 2 && i + 1 < tokens.Count && string.Equals(kept[^2].Key, key, StringComparison.Ordinal)
                && string.Equals(kept[^1].Key, tokens[i + 1].Key, StringComparison.Ordinal) && !Doubled.Contains(key))
            {
                // "it is it is": the second pair is dropped, keeping the first word's time.
                i++;
                continue;
            }

            kept.Add(tokens[i]);
        }

        return kept;
    }

    private static bool IsFillerKnow(List<Token> tokens, int i) =>
        tokens[i].Key == "you" && i + 1 < tokens.Count && tokens[i + 1].Key == "know"
        && (i == 0 || !KnowBefore.Contains(tokens[i - 1].Key))
        && (i + 2 >= tokens.Count || !KnowAfter.Contains(tokens[i + 2].Key));

    private static bool IsFillerLike(List<Token> tokens, int i) =>
        tokens[i].Key == "like"
        && ((i > 0 && Fillers.Contains(tokens[i - 1].Key)) || (i + 1 < tokens.Count && Fillers.Contains(tokens[i + 1].Key)));

    // The sentence's words in their learned case, the first capitalized, a comma after an opening "okay" or "well",
    // and a full stop or question mark at the end.
    private static string Finish(List<Token> tokens, int from, int to, TrueCase casing)
    {
        var builder = new StringBuilder();
        var cjk = false;
        for (var i = from; i < to; i++)
        {
            var word = casing.Apply(tokens[i].Text);
            if (i == from)
            {
                word = TrueCase.Capitalize(word);
            }

            var isCjk = word.Length > 0 && Terms.IsCjk(word[0]);
            if (builder.Length > 0 && !(isCjk && Terms.IsCjk(builder[^1])))
            {
                builder.Append(' ');
            }

            builder.Append(word);
            cjk |= isCjk;
            if (i == from && to - from > 3 && (tokens[i].Key is "okay" or "ok" or "alright" || (tokens[i].Key is "well" or "yeah" && tokens[i + 1].Key != "so")))
            {
                builder.Append(',');
            }
        }

        while (builder.Length > 0 && builder[^1] is ',' or ';' or ':' or '-')
        {
            builder.Length--;
        }

        if (builder.Length > 0 && !EndsSentence(builder.ToString()))
        {
            builder.Append(cjk ? "。" : IsQuestion(tokens, from, to) ? "?" : ".");
        }

        return builder.ToString();
    }

    private static readonly FrozenSet<string> QuestionWords = FrozenSet.ToFrozenSet(["what", "why", "how", "who", "where", "when", "which"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "should", "will", "have", "has", "isn't", "aren't", "don't", "doesn't"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Subjects = FrozenSet.ToFrozenSet(
        ["i", "you", "we", "they", "he", "she", "it", "this", "that", "there", "the", "a", "an", "these", "those", "llms", "people", "anyone", "anybody"], StringComparer.Ordinal);

    // "what is …", "how do we …", "is it …", "can you …": a question, when short.
    private static bool IsQuestion(List<Token> tokens, int from, int to)
    {
        var start = from;
        while (start < to - 1 && tokens[start].Key is "so" or "and" or "but" or "okay" or "now" or "well" or "ok")
        {
            start++;
        }

        if (to - start < 3 || to - start > 16)
        {
            return false;
        }

        var first = tokens[start].Key;
        var second = tokens[start + 1].Key;
        return (QuestionWords.Contains(first) && (Auxiliaries.Contains(second) || second is "about" or "if"))
            || (Auxiliaries.Contains(first) && Subjects.Contains(second));
    }
}
