namespace LlmTutorBot.Faq.Evaluation;

/// <summary>One question of the evaluation set and the entries that answer it (none: it should be declined).</summary>
public sealed record EvaluationCase(string Question, string Language, IReadOnlyList<string>? Expected)
{
    public bool InScope => Expected is { Count: > 0 };
}
