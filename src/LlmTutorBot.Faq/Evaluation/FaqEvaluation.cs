using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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
            return new EvaluationOutcome(c, decision.Verdict, decision.Best?.Entry.Id);
        }).ToList();
        return new EvaluationReport(outcomes);
    }
}

public sealed record EvaluationCase(string Question, string Language, IReadOnlyList<string>? Expected)
{
    public bool InScope => Expected is { Count: > 0 };
}

public sealed record EvaluationOutcome(EvaluationCase Case, FaqVerdict Verdict, string? TopEntryId)
{
    public bool TopIsExpected => Case.Expected?.Contains(TopEntryId ?? "", StringComparer.OrdinalIgnoreCase) == true;
}

/// <summary>The figures: top-1 accuracy on in-scope questions, abstention on out-of-scope ones, and the details.</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationOutcome> Outcomes)
{
    private IEnumerable<EvaluationOutcome> InScope => Outcomes.Where(o => o.Case.InScope);

    private IEnumerable<EvaluationOutcome> OutOfScope => Outcomes.Where(o => !o.Case.InScope);

    /// <summary>In-scope questions whose first entry is an expected one.</summary>
    public double TopOneAccuracy => Ratio(InScope, o => o.TopIsExpected);

    /// <summary>In-scope questions answered outright with an expected entry.</summary>
    public double AnsweredCorrectly => Ratio(InScope, o => o.Verdict == FaqVerdict.Answer && o.TopIsExpected);

    /// <summary>In-scope questions answered outright with a wrong entry: the costly mistake.</summary>
    public double AnsweredWrongly => Ratio(InScope, o => o.Verdict == FaqVerdict.Answer && !o.TopIsExpected);

    /// <summary>Out-of-scope questions the bot declined.</summary>
    public double OutOfScopeAbstention => Ratio(OutOfScope, o => o.Verdict == FaqVerdict.OutOfScope);

    public string Summary(string? language = null)
    {
        var subset = new EvaluationReport([.. Outcomes.Where(o => language is null || o.Case.Language == language)]);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{language ?? "all"}: {subset.InScope.Count()} in scope, top-1 accuracy {subset.TopOneAccuracy:P1}, answered correctly {subset.AnsweredCorrectly:P1}, answered wrongly {subset.AnsweredWrongly:P1}; {subset.OutOfScope.Count()} out of scope, abstention {subset.OutOfScopeAbstention:P1}");
    }

    private static double Ratio(IEnumerable<EvaluationOutcome> outcomes, Func<EvaluationOutcome, bool> predicate)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(predicate) / list.Count;
    }
}

internal sealed record EvaluationFile(string? Format, IReadOnlyList<EvaluationCase> Cases);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EvaluationFile))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
