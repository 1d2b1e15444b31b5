using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Faq.Answering;

/// <summary>The verdict on a question and the hits it rests on, best first.</summary>
public sealed record FaqDecision(FaqVerdict Verdict, IReadOnlyList<FaqHit> Hits)
{
    public FaqHit? Best => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>Decides from the search hits with the configured thresholds.</summary>
    public static FaqDecision From(IReadOnlyList<FaqHit> hits, FaqOptions options)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(options);
        if (hits.Count == 0 || hits[0].MatchedWeight < options.MinimumMatchedWeight || hits[0].Coverage < options.SuggestCoverage)
        {
            return new FaqDecision(FaqVerdict.OutOfScope, hits);
        }

        return hits[0].Coverage >= options.ConfidentCoverage
            ? new FaqDecision(FaqVerdict.Answer, hits)
            : new FaqDecision(FaqVerdict.DidYouMean, hits);
    }
}
