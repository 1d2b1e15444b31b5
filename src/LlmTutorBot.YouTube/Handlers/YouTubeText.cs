using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>Every sentence the video features say, in English, French and Chinese.</summary>
public static partial class YouTubeText
{
    /// <summary>The message commands (right-click a message with a link › Apps), at most 32 characters each.</summary>
    public static readonly LocalizedText SummarizeAction = new(typeof(YouTubeText), nameof(SummarizeAction));

    public static readonly LocalizedText TranslateAction = new(typeof(YouTubeText), nameof(TranslateAction));

    public static readonly LocalizedText SummarizeDescription = new(typeof(YouTubeText), nameof(SummarizeDescription));

    public static readonly LocalizedText TranslateDescription = new(typeof(YouTubeText), nameof(TranslateDescription));

    public static readonly LocalizedText UrlOption = new(typeof(YouTubeText), nameof(UrlOption));

    public static readonly LocalizedText LanguageOption = new(typeof(YouTubeText), nameof(LanguageOption));

    public static readonly LocalizedText NotAVideo = new(typeof(YouTubeText), nameof(NotAVideo));

    public static readonly LocalizedText BadLanguage = new(typeof(YouTubeText), nameof(BadLanguage));

    public static readonly LocalizedText FetchingCaptions = new(typeof(YouTubeText), nameof(FetchingCaptions));

    public static readonly LocalizedText Summarizing = new(typeof(YouTubeText), nameof(Summarizing));

    public static readonly LocalizedText Translating = new(typeof(YouTubeText), nameof(Translating));

    public static readonly LocalizedText WritingFiles = new(typeof(YouTubeText), nameof(WritingFiles));

    public static readonly LocalizedText Searching = new(typeof(YouTubeText), nameof(Searching));

    public static readonly LocalizedText TldrTitle = new(typeof(YouTubeText), nameof(TldrTitle));
    public static readonly LocalizedText TakeawaysTitle = new(typeof(YouTubeText), nameof(TakeawaysTitle));
    public static readonly LocalizedText QuestionsTitle = new(typeof(YouTubeText), nameof(QuestionsTitle));
    public static readonly LocalizedText OutlineTitle = new(typeof(YouTubeText), nameof(OutlineTitle));
    public static readonly LocalizedText KeywordsTitle = new(typeof(YouTubeText), nameof(KeywordsTitle));
    public static readonly LocalizedText HighlightsTitle = new(typeof(YouTubeText), nameof(HighlightsTitle));

    public static readonly LocalizedText TooLittleText = new(typeof(YouTubeText), nameof(TooLittleText));

    public static readonly LocalizedText NoSpeech = new(typeof(YouTubeText), nameof(NoSpeech));

    public static readonly LocalizedText SummaryIntro = new(typeof(YouTubeText), nameof(SummaryIntro));

    public static readonly LocalizedText SummaryIntroFile = new(typeof(YouTubeText), nameof(SummaryIntroFile));

    public static readonly LocalizedText FileUnreadable = new(typeof(YouTubeText), nameof(FileUnreadable));

    public static readonly LocalizedText FileTooBig = new(typeof(YouTubeText), nameof(FileTooBig));

    public static readonly LocalizedText FileNotDownloadable = new(typeof(YouTubeText), nameof(FileNotDownloadable));

    public static readonly LocalizedText FileNoCues = new(typeof(YouTubeText), nameof(FileNoCues));

    public static readonly LocalizedText ExtractiveNote = new(typeof(YouTubeText), nameof(ExtractiveNote));

    public static readonly LocalizedText OtherLanguageNote = new(typeof(YouTubeText), nameof(OtherLanguageNote));

    public static readonly LocalizedText EstimatedNote = new(typeof(YouTubeText), nameof(EstimatedNote));

    public static readonly LocalizedText AskHint = new(typeof(YouTubeText), nameof(AskHint));

    public static readonly LocalizedText TranslateButton = new(typeof(YouTubeText), nameof(TranslateButton));

    public static readonly LocalizedText SummarizeButton = new(typeof(YouTubeText), nameof(SummarizeButton));
}
