using System.Text.RegularExpressions;
using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Faq.Answering;

/// <summary>Recognizes follow-ups to the last answer: "explain more", and elliptical questions such as "and BERT?".</summary>
public static partial class FollowUps
{
    /// <summary>"tell me more", "la suite", "继续"…</summary>
    public static bool AsksForMore(string text) => MoreRequest().IsMatch(Synonyms.Fold(text).Trim());

    /// <summary>The subject of an elliptical question ("and BERT?" gives "BERT"), or null.</summary>
    public static string? EllipticalSubject(string text)
    {
        var folded = Synonyms.Fold(text).Trim();
        var match = Elliptical().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var subject = match.Groups["subject"].Value.Trim().TrimEnd('呢').Trim();
        return subject.Length is > 0 and <= 40 && subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? subject : null;
    }

    [GeneratedRegex(@"^(more|tell me more|explain more|explain further|go on|continue|more details|more please|plus|encore|la suite|et la suite|dis m'en plus|dites m'en plus|explique plus|explique davantage|expliquez davantage|developpe|plus de details|详细|详细说说|详细点|继续|多说一点|展开讲讲|展开说说)[\s.!?？！。…]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreRequest();

    [GeneratedRegex(@"^(?:(?:and|what about|how about|and what about|et|et pour|et concernant|et sur|et qu'en est-il de|et pour ce qui est de|那|那么|还有)\s*(?<subject>[^?？]+?)|(?:那|那么)?(?<subject>[^?？]+?)呢)\s*[?？]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Elliptical();
}
