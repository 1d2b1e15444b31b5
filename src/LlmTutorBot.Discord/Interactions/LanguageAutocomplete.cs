using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>
/// Suggestions for free-text language options (such as the target language of /translate): languages whose code,
/// English name or own name starts with, then contains, what the user typed; the user's own language first when
/// nothing is typed. Options with a fixed list of choices show Discord's choices instead.
/// </summary>
internal static class LanguageAutocomplete
{
    private const int MaxChoices = 25;

    private static readonly (string Code, string English, string Native)[] Languages =
    [
        ("en", "English", "English"), ("fr", "French", "Français"), ("zh", "Chinese", "中文"),
        ("es", "Spanish", "Español"), ("de", "German", "Deutsch"), ("it", "Italian", "Italiano"),
        ("pt", "Portuguese", "Português"), ("ja", "Japanese", "日本語"), ("ko", "Korean", "한국어"),
        ("ru", "Russian", "Русский"), ("ar", "Arabic", "العربية"), ("hi", "Hindi", "हिन्दी"),
        ("nl", "Dutch", "Nederlands"), ("pl", "Polish", "Polski"), ("tr", "Turkish", "Türkçe"),
        ("vi", "Vietnamese", "Tiếng Việt"), ("id", "Indonesian", "Bahasa Indonesia"), ("uk", "Ukrainian", "Українська"),
        ("sv", "Swedish", "Svenska"), ("th", "Thai", "ไทย"), ("he", "Hebrew", "עברית"), ("cs", "Czech", "Čeština"),
        ("el", "Greek", "Ελληνικά"), ("ro", "Romanian", "Română"), ("hu", "Hungarian", "Magyar"),
        ("da", "Danish", "Dansk"), ("fi", "Finnish", "Suomi"), ("no", "Norwegian", "Norsk"), ("fa", "Persian", "فارسی"),
        ("bn", "Bengali", "বাংলা"), ("ms", "Malay", "Bahasa Melayu"), ("zh-Hant", "Chinese (Traditional)", "繁體中文"),
    ];

    /// <summary>An option is autocompleted when it names a language and has no fixed choices.</summary>
    public static bool Applies(CommandOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Choices.Count == 0
            && option.Type == CommandOptionType.String
            && (option.Name is "language" or "lang" or "to" || option.Name.EndsWith("_language", StringComparison.Ordinal));
    }

    public static IReadOnlyList<AutocompleteChoice> Suggest(string? typed, string? locale)
    {
        var query = Fold(typed?.Trim() ?? "");
        IEnumerable<(string Code, string English, string Native)> ordered;
        if (query.Length == 0)
        {
            var own = BotLanguages.FromLocale(locale)?.Code();
            ordered = Languages.OrderBy(l => l.Code == own ? 0 : 1);
        }
        else
        {
            ordered = Languages
                .Select(l => (Language: l, Rank: Rank(l, query)))
                .Where(x => x.Rank < 3)
                .OrderBy(x => x.Rank)
                .Select(x => x.Language);
        }

        return [.. ordered.Take(MaxChoices).Select(l => new AutocompleteChoice(l.English == l.Native ? $"{l.Native} ({l.Code})" : $"{l.Native} – {l.English} ({l.Code})", l.Code))];
    }

    /// <summary>The value of the option being typed, in an autocomplete interaction.</summary>
    public static InteractionOption? Focused(IReadOnlyList<InteractionOption>? options) =>
        options?.Select(o => o.Focused == true ? o : Focused(o.Options)).FirstOrDefault(o => o is not null);

    private static int Rank((string Code, string English, string Native) language, string query)
    {
        var code = Fold(language.Code);
        var english = Fold(language.English);
        var native = Fold(language.Native);
        if (code == query)
        {
            return 0;
        }

        if (code.StartsWith(query, StringComparison.Ordinal) || english.StartsWith(query, StringComparison.Ordinal) || native.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        return english.Contains(query, StringComparison.Ordinal) || native.Contains(query, StringComparison.Ordinal) ? 2 : 3;
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
