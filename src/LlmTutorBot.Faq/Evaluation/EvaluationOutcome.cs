using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Answering;

namespace LlmTutorBot.Faq.Evaluation;

/// <summary>
/// What the FAQ did with one evaluation question. <see cref="AnswerLanguage"/> is the language the language detector
/// reads in the text a confident answer shows (with no model configured), null when it is unsure or nothing was answered.
/// </summary>
public sealed record EvaluationOutcome(EvaluationCase Case, FaqVerdict Verdict, string? TopEntryId, BotLanguage? AnswerLanguage = null)
{
    public bool TopIsExpected => Case.Expected?.Contains(TopEntryId ?? "", StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>A confident answer whose text is in the question's language.</summary>
    public bool InReplyLanguage => Verdict == FaqVerdict.Answer
        && BotLanguages.TryParse(Case.Language, out var language)
        && AnswerLanguage == language;
}
