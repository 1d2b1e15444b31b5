using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Usage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// A question answered by the model from the knowledge base: the existing retrieval picks the passages, the model
/// writes the answer in the reply language from them only and cites them, and the reply shows the cited entries and
/// the cost. No model, a question far out of scope, a model that is down or a made-up citation: the embedded answer.
/// </summary>
public sealed class FaqGroundedAnswerer(
    FaqLibrary library,
    FaqResponder responder,
    ILlmClient llm,
    FaqSemanticRanker ranker,
    FaqAnswerCache cache,
    IOptions<FaqOptions> options,
    IOptions<LlmTutorBot.Llm.Hosting.LlmOptions> llmOptions,
    ILogger<FaqGroundedAnswerer> logger)
{
    public const string Operation = "faq.answer";

    private readonly FaqOptions _options = options.Value;
    private readonly LlmPrices _prices = llmOptions.Value.Prices;

    public async Task<Reply> AnswerAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var decision = library.Decide(question);
        if (!llm.IsEnabled || ClearlyOutOfScope(decision, _options))
        {
            // No model, or nothing in the knowledge base is near the question: no tokens to spend.
            return responder.Respond(turn, question, decision);
        }

        var budget = Math.Min(_options.LlmPassageTokens, llm.Provider.ContextTokens / 2);
        var ranked = await ranker.RankAsync(question, decision.Hits, cancellationToken);
        var passages = FaqGroundedPrompt.Passages(ranked, _options.LlmPassages, budget, llm);
        var language = turn.ReplyLanguage;
        var key = cache.Key(question, language, library.Version, $"{llm.Provider.Model}+{ranker.Model}", FaqGroundedPrompt.Template.Version);
        if (await cache.GetAsync(key) is { } cached)
        {
            return Finish(turn, question, decision, passages, cached.Text, LlmUsage.None, isCached: true);
        }

        var fence = DataFence.Create();
        var prompt = FaqGroundedPrompt.Render(passages, question, language, fence);
        var request = new LlmRequest(Operation, prompt.System, prompt.User, _options.LlmMaxOutputTokens, StreamsTo(turn))
        {
            BudgetScope = LlmBudgetScope.Of(turn.Message),
            Temperature = 0.1f,
        };

        LlmResponse response;
        try
        {
            response = await llm.CompleteAsync(request, cancellationToken);
        }
        catch (LlmUnavailableException exception)
        {
            FaqLog.ModelUnavailable(logger, exception.BudgetExceeded ? "budget spent" : exception.Message);
            var fallback = responder.Respond(turn, question, decision);
            var note = exception.BudgetExceeded ? FaqText.BudgetSpent[language] : FaqText.ModelUnavailable[language];
            return fallback with { Markdown = $"{note}\n\n{fallback.Markdown}" };
        }

        var reply = Finish(turn, question, decision, passages, response.Text, response.Usage, isCached: false);
        if (IsNoAnswer(response.Text) || FaqCitations.Resolve(response.Text, passages).Cited.Count > 0)
        {
            await cache.SetAsync(key, new CachedFaqAnswer(response.Text, llm.Provider.Model));
        }

        return reply;
    }

    /// <summary>The reply to the model's text: its cited answer, "not in my sources", or the embedded answer when it cited nothing valid.</summary>
    private Reply Finish(TurnContext turn, string question, FaqDecision decision, IReadOnlyList<FaqPassage> passages, string text, LlmUsage usage, bool isCached)
    {
        var footer = LlmCostFooter.Format(usage, llm.Provider, turn.ReplyLanguage, _prices, isCached);
        if (IsNoAnswer(text))
        {
            FaqLog.NoAnswer(logger, passages.Count);
            var unknown = responder.NotInSources(turn, question, decision);
            return unknown with { Markdown = $"{unknown.Markdown}\n\n{footer}" };
        }

        var answer = FaqCitations.Resolve(text, passages);
        if (answer.Cited.Count == 0)
        {
            FaqLog.NoValidCitation(logger, string.Join(", ", answer.Dropped));
            return responder.Respond(turn, question, decision);
        }

        FaqLog.Grounded(logger, passages.Count, answer.Cited.Count, isCached);
        FaqResponder.Remember(turn, answer.Cited[0].Entry);
        return FaqGroundedReply.Build(answer, turn.ReplyLanguage, footer);
    }

    /// <summary>Streams into the progress message where the platform shows one; the marker and citations never show.</summary>
    private static Func<string, CancellationToken, ValueTask>? StreamsTo(TurnContext turn)
    {
        if (turn.Progress is NullProgressSink)
        {
            return null;
        }

        var progress = turn.Progress;
        return (partial, cancellationToken) =>
        {
            var shown = FaqCitations.StripMarkup(partial).Trim();
            return shown.Length == 0 || FaqGroundedPrompt.NoAnswer.StartsWith(shown, StringComparison.Ordinal) || shown.StartsWith(FaqGroundedPrompt.NoAnswer, StringComparison.Ordinal)
                ? ValueTask.CompletedTask
                : progress.ReportAsync(new ProgressUpdate($"{shown} ▍") { IsPartialAnswer = true }, cancellationToken);
        };
    }

    /// <summary>
    /// Out of scope with nothing for the model to weigh: no hit, a lone common word (under the embedded engine's
    /// least matched weight), or too small a share of the question. Near misses still go to the model.
    /// </summary>
    public static bool ClearlyOutOfScope(FaqDecision decision, FaqOptions options)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(options);
        return decision.Best is not { } best
            || (decision.Verdict == FaqVerdict.OutOfScope && (best.MatchedWeight < options.MinimumMatchedWeight || best.Coverage < options.LlmMinCoverage));
    }

    private static bool IsNoAnswer(string text)
    {
        var trimmed = text.Trim().Trim('`', '*', '"', '.', ' ');
        return trimmed.Equals(FaqGroundedPrompt.NoAnswer, StringComparison.OrdinalIgnoreCase);
    }
}
