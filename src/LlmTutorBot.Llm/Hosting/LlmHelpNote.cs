using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>/help says which model improves the answers, or that the built-in engines give them.</summary>
internal sealed class LlmHelpNote(ILlmClient client) : IHelpNote
{
    private static readonly LocalizedText Active = new(typeof(LlmHelpNote), nameof(Active));

    private static readonly LocalizedText None = new(typeof(LlmHelpNote), nameof(None));

    public string Line(BotLanguage language) => client.IsEnabled
        ? Active.Format(language, client.Provider.Provider, client.Provider.Model)
        : None[language];
}
