using LlmTutorBot.Core.Languages;
using LlmTutorBot.YouTube.LlmJobs;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// The line under an LLM result saying what it cost. Interim: the Llm project's footer formatter replaces it when merged.
/// </summary>
internal static class CostFooter
{
    public static string Format(LlmJobReport report, BotLanguage language) => report.FromCache
        ? YouTubeText.CostFooterCached.Format(language, report.Model)
        : YouTubeText.CostFooter.Format(language, report.Model, report.Usage.Calls, report.Usage.InputTokens, report.Usage.OutputTokens);
}
