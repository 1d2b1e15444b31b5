using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>/help says which model improves the answers, or that the built-in engines give them.</summary>
internal sealed class LlmHelpNote(ILlmClient client) : IHelpNote
{
    private static readonly LocalizedText Active = new(
        "🤖 AI model: {1} ({0}). FAQ answers, summaries and translations are written with it; if it is unavailable, I answer from my curated sources.",
        "🤖 Modèle d'IA : {1} ({0}). Les réponses de la FAQ, les résumés et les traductions sont rédigés avec lui ; s'il est indisponible, je réponds à partir de mes sources vérifiées.",
        "🤖 AI 模型：{1}（{0}）。常见问题回答、摘要和翻译由它撰写；它不可用时，我会根据整理好的资料回答。");

    private static readonly LocalizedText None = new(
        "🤖 No AI model is configured: I answer from my curated knowledge base and built-in engines.",
        "🤖 Aucun modèle d'IA n'est configuré : je réponds à partir de ma base de connaissances vérifiée et de mes moteurs intégrés.",
        "🤖 未配置 AI 模型：我根据整理好的知识库和内置引擎回答。");

    public string Line(BotLanguage language) => client.IsEnabled
        ? Active.Format(language, client.Provider.Provider, client.Provider.Model)
        : None[language];
}
