using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.LlmJobs;

namespace LlmTutorBot.YouTube.Handlers;

public sealed partial class VideoReplies
{
    // Progress of a summary: "chunk n of m" at step 2, then the summary as the model writes it.
    private static VideoJobProgress SummaryProgress(TurnContext turn, string title)
    {
        var language = turn.ReplyLanguage;
        return new VideoJobProgress(
            (n, total, ct) => turn.Progress.ReportAsync(
                new ProgressUpdate(YouTubeText.SummarizingChunk.Format(language, n, total), 2, SummarySteps) { ThreadTitle = ThreadTitle(title) }, ct),
            (markdown, ct) => turn.Progress.ReportAsync(
                new ProgressUpdate(Clip($"{YouTubeText.WritingSummary[language]}\n\n{markdown}", MaxMarkdownLength), 2, SummarySteps) { ThreadTitle = ThreadTitle(title), IsPartialAnswer = true }, ct))
        {
            BudgetScope = LlmBudgetScope.Of(turn.Message),
        };
    }

    private VideoJobProgress TranslationProgress(TurnContext turn, VideoId id, string targetName)
    {
        var language = turn.ReplyLanguage;
        return new VideoJobProgress(
            (n, total, ct) => new ValueTask(ReportAsync(turn, id, YouTubeText.TranslatingChunk.Format(language, targetName, n, total), 2, TranslationSteps, ct)),
            (_, _) => ValueTask.CompletedTask)
        {
            BudgetScope = LlmBudgetScope.Of(turn.Message),
        };
    }

    // What the reply must say about the LLM: that it was down, or left lines untranslated.
    internal static void AppendLlmNotes(StringBuilder builder, LlmJobReport? report, BotLanguage language)
    {
        if (report is { ProviderDown: true })
        {
            builder.Append((report.BudgetSpent ? YouTubeText.LlmBudgetSpentNote : YouTubeText.LlmDownNote)[language]).Append('\n');
        }

        if (report is { FallbackLines: > 0 } partial)
        {
            builder.Append(YouTubeText.FallbackLinesNote.Format(language, partial.FallbackLines)).Append('\n');
        }
    }

    // The cost line, last; none when no LLM answered.
    private void AppendFooter(StringBuilder builder, LlmJobReport? report, BotLanguage language)
    {
        if (report is { ProviderDown: false })
        {
            builder.Append("\n\n").Append(LlmCostFooter.Format(report.Usage, report.Provider, language, llmOptions.Value.Prices, report.FromCache));
        }
    }
}
