using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText SummarizingChunk = new(typeof(YouTubeText), nameof(SummarizingChunk));

    public static readonly LocalizedText TranslatingChunk = new(typeof(YouTubeText), nameof(TranslatingChunk));

    public static readonly LocalizedText WritingSummary = new(typeof(YouTubeText), nameof(WritingSummary));

    public static readonly LocalizedText LlmDownNote = new(typeof(YouTubeText), nameof(LlmDownNote));

    public static readonly LocalizedText LlmBudgetSpentNote = new(typeof(YouTubeText), nameof(LlmBudgetSpentNote));

    public static readonly LocalizedText FallbackLinesNote = new(typeof(YouTubeText), nameof(FallbackLinesNote));

    public static readonly LocalizedText SourceLlmTranslation = new(typeof(YouTubeText), nameof(SourceLlmTranslation));



    public static readonly LocalizedText AnswerIntroLlm = new(typeof(YouTubeText), nameof(AnswerIntroLlm));
}
