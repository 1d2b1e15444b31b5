using LlmTutorBot.Faq.Answering;

namespace LlmTutorBot.Faq.Evaluation;

/// <summary>What the FAQ did with one evaluation question.</summary>
public sealed record EvaluationOutcome(EvaluationCase Case, FaqVerdict Verdict, string? TopEntryId)
{
    public bool TopIsExpected => Case.Expected?.Contains(TopEntryId ?? "", StringComparer.OrdinalIgnoreCase) == true;
}
