using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText SourceCaptions = new(typeof(YouTubeText), nameof(SourceCaptions));

    public static readonly LocalizedText SourceAutoCaptions = new(typeof(YouTubeText), nameof(SourceAutoCaptions));

    public static readonly LocalizedText SourceYouTubeTranslation = new(typeof(YouTubeText), nameof(SourceYouTubeTranslation));

    public static readonly LocalizedText SourceAttachment = new(typeof(YouTubeText), nameof(SourceAttachment));

    public static readonly LocalizedText SourceBundled = new(typeof(YouTubeText), nameof(SourceBundled));

    public static readonly LocalizedText SourceBundledTranslation = new(typeof(YouTubeText), nameof(SourceBundledTranslation));

    public static readonly LocalizedText SourceLine = new(typeof(YouTubeText), nameof(SourceLine));

    public static readonly LocalizedText FromCache = new(typeof(YouTubeText), nameof(FromCache));

    public static readonly LocalizedText SkippedTracks = new(typeof(YouTubeText), nameof(SkippedTracks));

    public static readonly LocalizedText TranslationIntro = new(typeof(YouTubeText), nameof(TranslationIntro));

    public static readonly LocalizedText AlreadyInLanguage = new(typeof(YouTubeText), nameof(AlreadyInLanguage));

    public static readonly LocalizedText PreviewTitle = new(typeof(YouTubeText), nameof(PreviewTitle));

    public static readonly LocalizedText FilesNote = new(typeof(YouTubeText), nameof(FilesNote));

    public static readonly LocalizedText DownloadLinks = new(typeof(YouTubeText), nameof(DownloadLinks));

    public static readonly LocalizedText AnswerIntro = new(typeof(YouTubeText), nameof(AnswerIntro));

    public static readonly LocalizedText NothingFound = new(typeof(YouTubeText), nameof(NothingFound));

    public static readonly LocalizedText AnswerLanguageNote = new(typeof(YouTubeText), nameof(AnswerLanguageNote));
}
