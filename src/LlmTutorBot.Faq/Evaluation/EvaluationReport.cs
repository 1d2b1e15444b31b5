using System.Globalization;
using LlmTutorBot.Faq.Answering;

namespace LlmTutorBot.Faq.Evaluation;

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

    /// <summary>Confident answers whose text is in the reply language (the question's), as the language detector reads it.</summary>
    public double ReplyLanguageFidelity => Ratio(Outcomes.Where(o => o.Verdict == FaqVerdict.Answer), o => o.InReplyLanguage);

    /// <summary>The cases asked in one language ("en", "fr", "zh"), or all of them for null.</summary>
    public EvaluationReport For(string? language) => new([.. Outcomes.Where(o => language is null || o.Case.Language == language)]);

    public string Summary(string? language = null)
    {
        var subset = For(language);
        var confident = subset.Outcomes.Count(o => o.Verdict == FaqVerdict.Answer);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{language ?? "all"}: {subset.InScope.Count()} in scope, top-1 accuracy {subset.TopOneAccuracy:P1}, answered correctly {subset.AnsweredCorrectly:P1}, answered wrongly {subset.AnsweredWrongly:P1}; {subset.OutOfScope.Count()} out of scope, abstention {subset.OutOfScopeAbstention:P1}; reply-language fidelity {subset.ReplyLanguageFidelity:P1} of {confident} confident answers");
    }

    private static double Ratio(IEnumerable<EvaluationOutcome> outcomes, Func<EvaluationOutcome, bool> predicate)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(predicate) / list.Count;
    }
}
