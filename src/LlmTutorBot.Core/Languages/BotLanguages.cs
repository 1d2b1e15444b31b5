using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace LlmTutorBot.Core.Languages;

/// <summary>Codes, names and the aliases people type for the bot's languages.</summary>
public static class BotLanguages
{
    public static IReadOnlyList<BotLanguage> All { get; } = [BotLanguage.En, BotLanguage.Fr, BotLanguage.Zh];

    private static readonly Dictionary<string, BotLanguage> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = BotLanguage.En,
        ["eng"] = BotLanguage.En,
        ["english"] = BotLanguage.En,
        ["anglais"] = BotLanguage.En,
        ["英语"] = BotLanguage.En,
        ["英文"] = BotLanguage.En,
        ["fr"] = BotLanguage.Fr,
        ["fra"] = BotLanguage.Fr,
        ["fre"] = BotLanguage.Fr,
        ["french"] = BotLanguage.Fr,
        ["francais"] = BotLanguage.Fr,
        ["français"] = BotLanguage.Fr,
        ["法语"] = BotLanguage.Fr,
        ["法文"] = BotLanguage.Fr,
        ["zh"] = BotLanguage.Zh,
        ["zho"] = BotLanguage.Zh,
        ["chi"] = BotLanguage.Zh,
        ["chinese"] = BotLanguage.Zh,
        ["chinois"] = BotLanguage.Zh,
        ["中文"] = BotLanguage.Zh,
        ["汉语"] = BotLanguage.Zh,
        ["漢語"] = BotLanguage.Zh,
        ["简体中文"] = BotLanguage.Zh,
        ["普通话"] = BotLanguage.Zh,
    };

    /// <summary>The ISO 639-1 code: "en", "fr" or "zh".</summary>
    public static string Code(this BotLanguage language) => language switch
    {
        BotLanguage.En => "en",
        BotLanguage.Fr => "fr",
        BotLanguage.Zh => "zh",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The language's name in itself, as shown in choices.</summary>
    public static string NativeName(this BotLanguage language) => language switch
    {
        BotLanguage.En => "English",
        BotLanguage.Fr => "Français",
        BotLanguage.Zh => "中文",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The language's name as a word inside a sentence written in <paramref name="sentenceLanguage"/>.</summary>
    public static string NameIn(this BotLanguage language, BotLanguage sentenceLanguage) => (language, sentenceLanguage) switch
    {
        (BotLanguage.En, BotLanguage.Fr) => "anglais",
        (BotLanguage.Fr, BotLanguage.Fr) => "français",
        (BotLanguage.Zh, BotLanguage.Fr) => "chinois",
        (BotLanguage.En, BotLanguage.Zh) => "英语",
        (BotLanguage.Fr, BotLanguage.Zh) => "法语",
        (BotLanguage.Zh, BotLanguage.Zh) => "中文",
        (BotLanguage.Fr, _) => "French",
        (BotLanguage.Zh, _) => "Chinese",
        _ => "English",
    };

    /// <summary>
    /// Reads a code, a BCP 47 tag ("fr-CA", "zh-Hans-CN", "en_US") or a name in any of the three languages.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BotLanguage? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (Aliases.TryGetValue(trimmed, out var direct) || Aliases.TryGetValue(RemoveDiacritics(trimmed), out direct))
        {
            language = direct;
            return true;
        }

        // A tag: its primary subtag decides ("zh-TW" is still Chinese).
        var separator = trimmed.IndexOfAny(['-', '_']);
        if (separator > 0 && Aliases.TryGetValue(trimmed[..separator], out var primary) && trimmed[..separator].Length <= 3)
        {
            language = primary;
            return true;
        }

        return false;
    }

    /// <summary>Every spelling <see cref="TryParse"/> accepts for a language, apart from its code.</summary>
    public static IReadOnlyList<string> AliasesOf(BotLanguage language) =>
        [.. Aliases.Where(a => a.Value == language && a.Key != language.Code()).Select(a => a.Key)];

    /// <summary>The language of a platform locale such as "fr-FR", or null when it is none of the bot's.</summary>
    public static BotLanguage? FromLocale(string? locale) => TryParse(locale, out var language) ? language : null;

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
