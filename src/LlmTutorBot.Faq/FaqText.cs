using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Faq;

/// <summary>Every sentence the FAQ says, in English, French and Chinese.</summary>
internal static class FaqText
{
    public static readonly LocalizedText AskDescription = new(typeof(FaqText), nameof(AskDescription));

    public static readonly LocalizedText QuestionOption = new(typeof(FaqText), nameof(QuestionOption));

    public static readonly LocalizedText FaqDescription = new(typeof(FaqText), nameof(FaqDescription));

    public static readonly LocalizedText ItemOption = new(typeof(FaqText), nameof(ItemOption));

    public static readonly LocalizedText PartOption = new(typeof(FaqText), nameof(PartOption));

    public static readonly LocalizedText Source = new(typeof(FaqText), nameof(Source));

    public static readonly LocalizedText TranscriptSource = new(typeof(FaqText), nameof(TranscriptSource));

    public static readonly LocalizedText TranscriptSourceAt = new(typeof(FaqText), nameof(TranscriptSourceAt));

    public static readonly LocalizedText TranslatedByTeam = new(typeof(FaqText), nameof(TranslatedByTeam));

    public static readonly LocalizedText WatchMoment = new(typeof(FaqText), nameof(WatchMoment));

    public static readonly LocalizedText TeamNote = new(typeof(FaqText), nameof(TeamNote));

    public static readonly LocalizedText CurrentVideoMoment = new(typeof(FaqText), nameof(CurrentVideoMoment));

    public static readonly LocalizedText AnswerInFrench = new(typeof(FaqText), nameof(AnswerInFrench));

    public static readonly LocalizedText AnswerInChinese = new(typeof(FaqText), nameof(AnswerInChinese));

    public static readonly LocalizedText AnswerInEnglish = new(typeof(FaqText), nameof(AnswerInEnglish));

    public static readonly LocalizedText More = new(typeof(FaqText), nameof(More));

    public static readonly LocalizedText DidYouMean = new(typeof(FaqText), nameof(DidYouMean));

    public static readonly LocalizedText OutOfScope = new(typeof(FaqText), nameof(OutOfScope));

    public static readonly LocalizedText NoMoreParts = new(typeof(FaqText), nameof(NoMoreParts));

    public static readonly LocalizedText NoMore = new(typeof(FaqText), nameof(NoMore));

    public static readonly LocalizedText NothingToContinue = new(typeof(FaqText), nameof(NothingToContinue));

    public static readonly LocalizedText FaqTitle = new(typeof(FaqText), nameof(FaqTitle));

    public static readonly LocalizedText FaqHint = new(typeof(FaqText), nameof(FaqHint));

    public static readonly LocalizedText NextPage = new(typeof(FaqText), nameof(NextPage));

    public static readonly LocalizedText PreviousPage = new(typeof(FaqText), nameof(PreviousPage));

    public static readonly LocalizedText NoSuchPage = new(typeof(FaqText), nameof(NoSuchPage));

    public static readonly LocalizedText NoSuchEntry = new(typeof(FaqText), nameof(NoSuchEntry));

    public static readonly LocalizedText NoSuchPart = new(typeof(FaqText), nameof(NoSuchPart));

    public static readonly LocalizedText NoAnswerFromSources = new(typeof(FaqText), nameof(NoAnswerFromSources));

    public static readonly LocalizedText NoAnswerDidYouMean = new(typeof(FaqText), nameof(NoAnswerDidYouMean));

    public static readonly LocalizedText ModelUnavailable = new(typeof(FaqText), nameof(ModelUnavailable));

    public static readonly LocalizedText BudgetSpent = new(typeof(FaqText), nameof(BudgetSpent));

    public static readonly LocalizedText Sources = new(typeof(FaqText), nameof(Sources));

    public static readonly LocalizedText Writing = new(typeof(FaqText), nameof(Writing));
}
