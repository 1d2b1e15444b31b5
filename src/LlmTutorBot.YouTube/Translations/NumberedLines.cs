using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>
/// The translation wire format: "1 text" per line in, the same numbers out, plus an optional "TERMS: a = b; …" line;
/// and the split of a translated line back over the captions it joined.
/// </summary>
public static partial class NumberedLines
{
    public static string Render(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1} {texts[i]}\n");
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The answer's lines by number (1 to <paramref name="count"/>): a number answered twice, or with no text, counts
    /// as unanswered. <paramref name="terms"/> gets the TERMS line, if any.
    /// </summary>
    public static Dictionary<int, string> Parse(string answer, int count, out string? terms)
    {
        ArgumentNullException.ThrowIfNull(answer);
        terms = null;
        var found = new Dictionary<int, string>();
        var repeated = new HashSet<int>();
        foreach (var raw in answer.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("TERMS:", StringComparison.OrdinalIgnoreCase))
            {
                terms = line[6..].Trim();
                continue;
            }

            var match = Numbered().Match(line);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > count)
            {
                continue;
            }

            var text = match.Groups[2].Value.Trim();
            if (text.Length == 0 || !found.TryAdd(number, text))
            {
                repeated.Add(number);
            }
        }

        foreach (var number in repeated)
        {
            found.Remove(number);
        }

        return found;
    }

    /// <summary>
    /// A translated line over the captions it came from, in proportion to their lengths: at word boundaries when the
    /// text has spaces, else (Chinese, Japanese) between characters. Every caption keeps its own timing.
    /// </summary>
    public static string[] Distribute(string translated, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(translated);
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count <= 1)
        {
            return [translated];
        }

        var spaced = translated.Contains(' ', StringComparison.Ordinal);
        var units = spaced ? translated.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [.. translated.EnumerateRunes().Select(r => r.ToString())];
        var weights = sources.Select(s => Math.Max(1, s.Length)).ToArray();
        var total = weights.Sum();
        var parts = new string[sources.Count];
        var taken = 0;
        var cumulative = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            cumulative += weights[i];
            var end = i == sources.Count - 1 ? units.Length : (int)Math.Round((double)units.Length * cumulative / total);
            end = Math.Clamp(end, Math.Min(taken + 1, units.Length), units.Length);
            parts[i] = string.Join(spaced ? " " : "", units[taken..end]);
            taken = end;
        }

        return parts;
    }

    [GeneratedRegex(@"^(\d{1,4})(?:\s*[.:)|\-]\s*|\s+)(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
