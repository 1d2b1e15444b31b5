using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.State;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>
/// Chooses the reply language: the user's stored preference, else the language the message is written in,
/// else the language the conversation was last answered in (so "and BERT?" keeps the thread's language),
/// else the platform's locale, else the configured default.
/// </summary>
public static class ReplyLanguageResolver
{
    public static BotLanguage Resolve(InboundMessage message, ConversationState state, BotLanguage fallback)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(state);
        return state.UserLanguage
            ?? LanguageDetector.Detect(TextToDetect(message))
            ?? state.Language
            ?? BotLanguages.FromLocale(message.Locale)
            ?? fallback;
    }

    /// <summary>The words the user wrote: for a command, its arguments (a question), not its name or a URL.</summary>
    private static string TextToDetect(InboundMessage message)
    {
        if (message.Command is { } command)
        {
            return string.Join(' ', command.Arguments.Values.Where(v => !Uri.IsWellFormedUriString(v, UriKind.Absolute)));
        }

        return message.Text;
    }
}
