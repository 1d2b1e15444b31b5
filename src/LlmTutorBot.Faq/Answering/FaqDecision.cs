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
        if (hits is [{ Exact: true }, ..])
        {
            // Asked word for word as the entry is phrased: no doubt left, however common its words.
            return new FaqDecision(FaqVerdict.Answer, hits);
        }

        if (hits.Count == 0 || hits[0].MatchedWeight < options.MinimumMatchedWeight || hits[0].Coverage < options.SuggestCoverage)
        {
            return new FaqDecision(FaqVerdict.OutOfScope, hits);
        }

        // Near-ties within one category are different questions that the user's words do not tell apart; across
        // sources (the French FAQ and the video's notes) they are usually the same question answered twice.
        var ambiguous = hits.Count > 1
            && options.AmbiguityRatio < 1
            && hits[1].Score >= options.AmbiguityRatio * hits[0].Score
            && hits[1].Entry.Category == hits[0].Entry.Category;
        return hits[0].Coverage >= options.ConfidentCoverage && !ambiguous
            ? new FaqDecision(FaqVerdict.Answer, hits)
            : new FaqDecision(FaqVerdict.DidYouMean, hits);
    }
}
