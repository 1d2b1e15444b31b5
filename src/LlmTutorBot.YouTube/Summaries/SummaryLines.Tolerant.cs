using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Summaries;

public static partial class SummaryLines
{
    // What models call each part, letters only, upper case.
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TLDR"] = "TLDR",
        ["SUMMARY"] = "TLDR",
        ["TLDRSUMMARY"] = "TLDR",
        ["OVERVIEW"] = "TLDR",
        ["TAKEAWAY"] = "TAKEAWAY",
        ["TAKEAWAYS"] = "TAKEAWAY",
        ["KEYTAKEAWAY"] = "TAKEAWAY",
        ["KEYTAKEAWAYS"] = "TAKEAWAY",
        ["KEYPOINTS"] = "TAKEAWAY",
        ["QA"] = "QA",
        ["QANDA"] = "QA",
        ["QUESTIONS"] = "QA",
        ["QUESTIONSANDANSWERS"] = "QA",
        ["OUTLINE"] = "OUTLINE",
        ["OUTLINES"] = "OUTLINE",
        ["SECTIONS"] = "OUTLINE",
        ["CHAPTERS"] = "OUTLINE",
        ["KEYWORD"] = "KEYWORD",
        ["KEYWORDS"] = "KEYWORD",
        ["KEYTERMS"] = "KEYWORD",
        ["TERMS"] = "KEYWORD",
        ["HIGHLIGHT"] = "HIGHLIGHT",
        ["HIGHLIGHTS"] = "HIGHLIGHT",
        ["NOTABLEMOMENTS"] = "HIGHLIGHT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The part a label names ("**Key Takeaways**", "TL;DR", "Q&A"), or null.
    private static string? Label(string text)
    {
        if (text.Length > 40)
        {
            return null;
        }

        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
            else if (c is not (' ' or '*' or '_' or '#' or ';' or '&' or '-' or '/' or '`'))
            {
                return null;
            }
        }

        return Labels.GetValueOrDefault(letters.ToString());
    }

    // The line without markdown: "## ", "> ", "- ", "* ", "• ", "1. ", "2) ", and bold or italic marks around a label.
    private static string Undecorated(string raw)
    {
        var line = raw.Trim();
        var previous = "";
        while (line != previous)
        {
            previous = line;
            line = ListMark().Replace(line, "").TrimStart();
        }

        return line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
    }

    // "(4:05)" and a bare "4:05 – " at the start become "[4:05]", the form the timestamp reader takes.
    private static string Timestamped(string body)
    {
        body = RoundClock().Replace(body, "[$1]");
        var bare = BareClock().Match(body);
        return bare.Success ? $"{bare.Groups[1].Value}[{bare.Groups[2].Value}] {body[bare.Length..].TrimStart()}" : body;
    }

    // "a, b, c" on one keyword line is three keywords.
    private static IEnumerable<string> Keywords(string body) =>
        body.Split([',', '·', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k.Length > 0);

    [GeneratedRegex(@"^(?:#{1,6}\s*|>\s*|[-*•+]\s+|\d{1,2}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMark();

    [GeneratedRegex(@"\((\d{1,2}(?::\d{1,2}){1,2})\)", RegexOptions.CultureInvariant)]
    private static partial Regex RoundClock();

    [GeneratedRegex(@"^((?:[^\s\p{L}\d\[]\S{0,3}\s+)?)(\d{1,2}(?::\d{1,2}){1,2})(?:\s*[-–—:]\s*|\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex BareClock();
}
