using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>Reads the language argument of /summarize and /translate: a bot language by any alias, or a code such as "es" or "pt-BR".</summary>
public static partial class VideoArguments
{
    public static bool TryLanguage(string? value, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (BotLanguages.TryParse(value, out var known))
        {
            code = known.Value.Code();
            return true;
        }

        if (LanguageCode().IsMatch(value))
        {
            code = value.ToLowerInvariant();
            return true;
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
