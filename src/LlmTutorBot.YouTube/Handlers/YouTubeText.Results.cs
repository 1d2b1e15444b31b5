using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText SourceCaptions = new("the uploader's {0} captions", "les sous-titres {0} de l'auteur", "上传者提供的{0}字幕");

    public static readonly LocalizedText SourceAutoCaptions = new("YouTube's automatic {0} captions", "les sous-titres automatiques {0} de YouTube", "YouTube 自动生成的{0}字幕");

    public static readonly LocalizedText SourceYouTubeTranslation = new(
        "YouTube's own translation (&tlang={0}) of the {1} captions",
        "la traduction de YouTube (&tlang={0}) des sous-titres {1}",
        "YouTube 自带的翻译（&tlang={0}），原字幕语言为 {1}");

    public static readonly LocalizedText SourceAttachment = new("the subtitle file you attached", "le fichier de sous-titres que vous avez joint", "你附加的字幕文件");

    public static readonly LocalizedText SourceBundled = new(
        "the bundled copy of this video's {0} transcript (no network needed)",
        "la copie fournie avec le bot de la transcription {0} de cette vidéo (sans réseau)",
        "机器人自带的该视频{0}字幕副本（无需联网）");

    public static readonly LocalizedText SourceBundledTranslation = new(
        "the bundled copy of YouTube's {0} translation of this video (no network needed)",
        "la copie fournie avec le bot de la traduction {0} de YouTube (sans réseau)",
        "机器人自带的 YouTube {0}翻译副本（无需联网）");

    public static readonly LocalizedText SourceLine = new("Source: {0}.", "Source : {0}.", "来源：{0}。");

    public static readonly LocalizedText FromCache = new("(from the cache)", "(depuis le cache)", "（来自缓存）");

    public static readonly LocalizedText SkippedTracks = new(
        "Some caption tracks were skipped: {0}",
        "Certaines pistes de sous-titres ont été ignorées : {0}",
        "部分字幕轨道被跳过：{0}");

    public static readonly LocalizedText TranslationIntro = new(
        "**[{0}]({1})** in {2}: {3:N0} captions. The files below keep the original timings.",
        "**[{0}]({1})** en {2} : {3:N0} sous-titres. Les fichiers ci-dessous gardent les horaires d'origine.",
        "**[{0}]({1})** 的{2}版本：共 {3:N0} 条字幕。下面的文件保留了原始时间轴。");

    public static readonly LocalizedText AlreadyInLanguage = new(
        "The captions are already in {0}; here they are as subtitle files.",
        "Les sous-titres sont déjà en {0} ; les voici en fichiers de sous-titres.",
        "字幕已经是{0}；以下是字幕文件。");

    public static readonly LocalizedText PreviewTitle = new("Beginning", "Début", "开头部分");

    public static readonly LocalizedText FilesNote = new(
        "📎 Attached: .srt and .vtt subtitles and a side-by-side text ({0} | {1}).",
        "📎 En pièces jointes : sous-titres .srt et .vtt et un texte bilingue côte à côte ({0} | {1}).",
        "📎 附件：.srt 和 .vtt 字幕，以及双语对照文本（{0} | {1}）。");

    public static readonly LocalizedText DownloadLinks = new(
        "Download links (valid for a limited time):",
        "Liens de téléchargement (valables pour une durée limitée) :",
        "下载链接（有效期有限）：");

    public static readonly LocalizedText AnswerIntro = new(
        "Here is what **{0}** says about it:",
        "Voici ce que dit **{0}** à ce sujet :",
        "关于这个问题，**{0}** 是这样说的：");

    public static readonly LocalizedText NothingFound = new(
        "I did not find that in the transcript of **{0}**. Try other words, or ask a general question with `/ask`.",
        "Je n'ai pas trouvé cela dans la transcription de **{0}**. Essayez d'autres mots, ou posez une question générale avec `/ask`.",
        "我在 **{0}** 的字幕中没有找到相关内容。请换个说法，或用 `/ask` 提一个通用问题。");

    public static readonly LocalizedText AnswerLanguageNote = new(
        "The passages are quoted in the transcript's language ({0}).",
        "Les passages sont cités dans la langue de la transcription ({0}).",
        "引用的段落保留字幕原文语言（{0}）。");
}
