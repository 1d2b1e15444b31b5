using System.Text.RegularExpressions;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// The model's citations, <c>[[entry-id]]</c>: those naming a passage it was given become numbered markers [1], [2]
/// in order of first use; any other id is dropped from the text.
/// </summary>
public static partial class FaqCitations
{
    public static FaqCitedAnswer Resolve(string answer, IReadOnlyList<FaqPassage> passages)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(passages);
        var cited = new List<FaqPassage>();
        var dropped = new List<string>();
        var text = Citation().Replace(answer, match =>
        {
            var id = match.Groups[1].Value.Trim();
            var passage = passages.FirstOrDefault(p => string.Equals(p.Entry.Id, id, StringComparison.OrdinalIgnoreCase));
            if (passage is null)
            {
                dropped.Add(id);
                return "";
            }

            if (!cited.Contains(passage))
            {
                cited.Add(passage);
            }

            return $"[{cited.IndexOf(passage) + 1}]";
        });
        return new FaqCitedAnswer(Tidy(text), cited, dropped);
    }

    /// <summary>Removes citation markup from partial text shown while the answer streams.</summary>
    public static string StripMarkup(string partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var text = Citation().Replace(partial, "");
        var open = text.LastIndexOf("[[", StringComparison.Ordinal);
        return Tidy(open >= 0 ? text[..open] : text);
    }

    /// <summary>Drops the spaces a removed citation leaves, and doubled markers such as "[1][1]".</summary>
    private static string Tidy(string text)
    {
        text = RepeatedMarker().Replace(text, "$1");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        return DoubleSpace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\[\[\s*([^\[\]\r\n]{1,200}?)\s*\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"(\[\d+\])(?:\s*\1)+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedMarker();

    [GeneratedRegex(@"[ \t]+([.,。，])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleSpace();
}
