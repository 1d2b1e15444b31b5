using System.Text.RegularExpressions;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.YouTube.Links;

/// <summary>
/// What the words around a posted link ask for: a translation ("translate this to French", "traduis en français",
/// "翻译成中文") or, by default, a summary; and the language named after "in", "into", "to", "en", "成", "为"…, if any.
/// </summary>
public static partial class VideoRequest
{
    /// <summary>True when the words ask for a translation of the video rather than its summary.</summary>
    public static bool AsksForTranslation(string text) => TranslateWord().IsMatch(WithoutLinks(text));

    /// <summary>The bot language the words name as the target ("to French", "en anglais", "成中文"), or null.</summary>
    public static BotLanguage? NamedLanguage(string text)
    {
        var words = WithoutLinks(text);
        foreach (Match match in TargetLanguage().Matches(words))
        {
            if (BotLanguages.TryParse(match.Groups["language"].Value, out var language))
            {
                return language;
            }
        }

        return null;
    }

    private static string WithoutLinks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => VideoLinks.FindFirst(w) is null));
    }

    [GeneratedRegex(@"\b(?:translate|translation|translating|tradui[rstez]*|traduction)\b|翻译|翻譯|译成|譯成", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranslateWord();

    [GeneratedRegex(@"(?:\b(?:in|into|to|en|vers)\s+(?<language>\p{L}+))|(?:(?:成|为|為|到)\s*(?<language>中文|汉语|漢語|英文|英语|英語|法文|法语|法語))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetLanguage();
}
