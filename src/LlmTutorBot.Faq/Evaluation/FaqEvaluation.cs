using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Retrieval;

namespace LlmTutorBot.Faq.Evaluation;

/// <summary>
/// The project's held-out evaluation (Evaluation/eval-set.json): paraphrased questions with the entries that answer
/// them, and out-of-scope questions that should be declined.
/// </summary>
public static class FaqEvaluation
{
    public static IReadOnlyList<EvaluationCase> LoadCases()
    {
        using var stream = typeof(FaqEvaluation).Assembly.GetManifestResourceStream("Evaluation/eval-set.json")
            ?? throw new InvalidOperationException("The evaluation set is not embedded in the assembly.");
        var file = JsonSerializer.Deserialize(stream, EvaluationJsonContext.Default.EvaluationFile)
            ?? throw new InvalidOperationException("The evaluation set is empty.");
        return file.Cases;
    }

    public static EvaluationReport Run(FaqIndex index, FaqOptions options, IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = cases.Select(c =>
        {
            var decision = FaqDecision.From(index.Search(c.Question), options);
            // With no model, a confident answer shows the team's translation into the question's language, else the original.
            var shown = decision.Verdict != FaqVerdict.Answer ? null
                : BotLanguages.TryParse(c.Language, out var language) ? decision.Best!.Entry.AnswerIn(language.Value) : decision.Best!.Entry.Answer;
            return new EvaluationOutcome(c, decision.Verdict, decision.Best?.Entry.Id, LanguageDetector.Detect(shown));
        }).ToList();
        return new EvaluationReport(outcomes);
    }
}
