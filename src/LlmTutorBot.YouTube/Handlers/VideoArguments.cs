using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// Reads the arguments of /summarize and /translate: the video's link or id, and the language (a bot language by any
/// alias, or a code such as "es" or "pt-BR").
/// </summary>
public static partial class VideoArguments
{
    /// <summary>
    /// The video and the language of a command, or the reply that says which argument is wrong.
    /// <paramref name="language"/> is <paramref name="defaultLanguage"/> when the command names none.
    /// </summary>
    public static Reply? TryRead(TurnContext turn, ParsedCommand command, string? defaultLanguage, out VideoId id, out string? language)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        language = defaultLanguage;
        var url = command.Argument("url") ?? "";
        if (!VideoId.TryParse(url, out id))
        {
            return new Reply { Markdown = YouTubeText.NotAVideo.Format(turn.ReplyLanguage, url), Confident = false };
        }

        if (command.Argument("language") is { } requested && !TryLanguage(requested, out language))
        {
            return new Reply { Markdown = YouTubeText.BadLanguage.Format(turn.ReplyLanguage, requested), Confident = false };
        }

        return null;
    }

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
