using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.Handlers;

/// <summary>
/// A line a feature adds to /help, in the user's language: which AI model answers, for instance. Features register
/// theirs in DI; the core knows nothing of what they say.
/// </summary>
public interface IHelpNote
{
    string Line(BotLanguage language);
}
