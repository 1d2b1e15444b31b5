using System.Text;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// A track's topic list (SummaryEval/*.topics): "name: alternative | alternative", each alternative a phrase of word
/// prefixes that must occur as consecutive words of the summary (see SummaryEval/README.md).
/// </summary>
internal sealed record SummaryEvalTopics(IReadOnlyList<(string Name, IReadOnlyList<string[]> Alternatives)> Topics)
{
    public static SummaryEvalTopics Load(string path)
    {
        var topics = new List<(string, IReadOnlyList<string[]>)>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || colon < 0)
            {
                continue;
            }

            var alternatives = line[(colon + 2)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Words).Where(w => w.Length > 0).ToList();
            topics.Add((line[..colon], alternatives));
        }

        return new SummaryEvalTopics(topics);
    }

    /// <summary>The topics the text names, and those it misses.</summary>
    public (List<string> Covered, List<string> Missed) Match(string text)
    {
        var words = Words(text);
        var covered = new List<string>();
        var missed = new List<string>();
        foreach (var (name, alternatives) in Topics)
        {
            (alternatives.Any(a => Contains(words, a)) ? covered : missed).Add(name);
        }

        return (covered, missed);
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                all = words[i + k].StartsWith(phrase[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
