using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText SummarizingChunk = new(
        "Summarizing: chunk {0} of {1}…",
        "Résumé : morceau {0} sur {1}…",
        "正在总结：第 {0} 块，共 {1} 块…");

    public static readonly LocalizedText TranslatingChunk = new(
        "Translating into {0}: chunk {1} of {2}…",
        "Traduction en {0} : morceau {1} sur {2}…",
        "正在翻译成{0}：第 {1} 块，共 {2} 块…");

    public static readonly LocalizedText WritingSummary = new("Writing the summary…", "Rédaction du résumé…", "正在撰写总结…");

    public static readonly LocalizedText LlmDownNote = new(
        "⚠️ The AI model is not answering right now, so this is the bot's built-in result instead.",
        "⚠️ Le modèle d'IA ne répond pas pour le moment : voici à la place le résultat du moteur intégré au bot.",
        "⚠️ AI 模型暂时无法响应，以下是机器人内置引擎的结果。");

    public static readonly LocalizedText LlmBudgetSpentNote = new(
        "⚠️ Today's AI budget is spent (it renews at midnight UTC), so this is the bot's built-in result instead.",
        "⚠️ Le budget d'IA du jour est épuisé (il se renouvelle à minuit UTC) : voici à la place le résultat du moteur intégré au bot.",
        "⚠️ 今天的 AI 额度已用完（UTC 午夜重置），以下是机器人内置引擎的结果。");

    public static readonly LocalizedText FallbackLinesNote = new(
        "⚠️ {0:N0} captions could not be translated by the model and are left in the original language.",
        "⚠️ {0:N0} sous-titres n'ont pas pu être traduits par le modèle et restent dans la langue d'origine.",
        "⚠️ 有 {0:N0} 条字幕模型未能翻译，保留原文。");

    public static readonly LocalizedText SourceLlmTranslation = new(
        "a translation by {0} of the {1} captions",
        "une traduction par {0} des sous-titres {1}",
        "由 {0} 翻译自{1}字幕");



    public static readonly LocalizedText AnswerIntroLlm = new(
        "About **{0}**:",
        "À propos de **{0}** :",
        "关于 **{0}**：");
}
