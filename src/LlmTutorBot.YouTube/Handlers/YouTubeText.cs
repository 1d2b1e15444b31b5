using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>Every sentence the video features say, in English, French and Chinese.</summary>
public static partial class YouTubeText
{
    /// <summary>The message commands (right-click a message with a link › Apps), at most 32 characters each.</summary>
    public static readonly LocalizedText SummarizeAction = new("Summarize video", "Résumer la vidéo", "总结视频");

    public static readonly LocalizedText TranslateAction = new("Translate video", "Traduire la vidéo", "翻译视频");

    public static readonly LocalizedText SummarizeDescription = new(
        "Summarize a YouTube video from its captions",
        "Résumer une vidéo YouTube à partir de ses sous-titres",
        "根据字幕总结一个 YouTube 视频");

    public static readonly LocalizedText TranslateDescription = new(
        "Translate a YouTube video's captions, with subtitle files",
        "Traduire les sous-titres d'une vidéo YouTube, avec les fichiers de sous-titres",
        "翻译 YouTube 视频的字幕，并提供字幕文件");

    public static readonly LocalizedText UrlOption = new("The video's link or id", "Le lien ou l'identifiant de la vidéo", "视频链接或 ID");

    public static readonly LocalizedText LanguageOption = new(
        "Language code (en, fr, zh, es…); yours by default",
        "Code de langue (en, fr, zh, es…) ; la vôtre par défaut",
        "语言代码（en、fr、zh、es…）；默认为你的语言");

    public static readonly LocalizedText NotAVideo = new(
        "`{0}` is not a YouTube link I can read. Send a link such as `https://youtu.be/osKyvYJ3PRM` or `https://www.youtube.com/watch?v=osKyvYJ3PRM`.",
        "`{0}` n'est pas un lien YouTube que je sais lire. Envoyez un lien comme `https://youtu.be/osKyvYJ3PRM` ou `https://www.youtube.com/watch?v=osKyvYJ3PRM`.",
        "`{0}` 不是我能识别的 YouTube 链接。请发送类似 `https://youtu.be/osKyvYJ3PRM` 或 `https://www.youtube.com/watch?v=osKyvYJ3PRM` 的链接。");

    public static readonly LocalizedText BadLanguage = new(
        "`{0}` is not a language code. Use a code such as `en`, `fr`, `zh` or `es`.",
        "`{0}` n'est pas un code de langue. Utilisez un code comme `en`, `fr`, `zh` ou `es`.",
        "`{0}` 不是语言代码。请使用 `en`、`fr`、`zh` 或 `es` 这样的代码。");

    public static readonly LocalizedText FetchingCaptions = new("Fetching the video's captions…", "Récupération des sous-titres de la vidéo…", "正在获取视频字幕…");

    public static readonly LocalizedText Summarizing = new("Summarizing {0:N0} captions…", "Résumé de {0:N0} sous-titres…", "正在总结 {0:N0} 条字幕…");

    public static readonly LocalizedText Translating = new("Translating into {0}…", "Traduction en {0}…", "正在翻译成 {0}…");

    public static readonly LocalizedText WritingFiles = new("Writing the subtitle files…", "Écriture des fichiers de sous-titres…", "正在生成字幕文件…");

    public static readonly LocalizedText Searching = new("Searching the transcript…", "Recherche dans la transcription…", "正在搜索字幕文本…");

    public static readonly LocalizedText TldrTitle = new("TLDR", "En bref", "摘要");
    public static readonly LocalizedText TakeawaysTitle = new("Takeaways", "À retenir", "要点");
    public static readonly LocalizedText QuestionsTitle = new("Q & A", "Questions-réponses", "问与答");
    public static readonly LocalizedText OutlineTitle = new("Outline", "Plan", "大纲");
    public static readonly LocalizedText KeywordsTitle = new("Keywords", "Mots-clés", "关键词");
    public static readonly LocalizedText HighlightsTitle = new("Highlights", "Moments forts", "亮点");

    public static readonly LocalizedText TooLittleText = new(
        "This video has too little speech for a summary; here is what it says.",
        "Cette vidéo contient trop peu de paroles pour un résumé ; voici ce qu'elle dit.",
        "这个视频的语音太少，无法总结；以下是它的内容。");

    public static readonly LocalizedText NoSpeech = new(
        "This video has no speech to summarize (its captions hold only sounds such as [Music]).",
        "Cette vidéo n'a pas de paroles à résumer (ses sous-titres ne contiennent que des sons comme [Musique]).",
        "这个视频没有可总结的语音（字幕只有 [音乐] 之类的声音）。");

    public static readonly LocalizedText SummaryIntro = new(
        "Summary of **[{0}]({1})** ({2}).",
        "Résumé de **[{0}]({1})** ({2}).",
        "**[{0}]({1})**（{2}）的总结。");

    public static readonly LocalizedText SummaryIntroFile = new(
        "Summary of the subtitle file **{0}** ({1}).",
        "Résumé du fichier de sous-titres **{0}** ({1}).",
        "字幕文件 **{0}**（{1}）的总结。");

    public static readonly LocalizedText FileUnreadable = new(
        "I could not read the subtitle file `{0}`: {1} Send a .srt or .vtt file of at most {2:N0} KB.",
        "Je n'ai pas pu lire le fichier de sous-titres `{0}` : {1} Envoyez un fichier .srt ou .vtt d'au plus {2:N0} Ko.",
        "无法读取字幕文件 `{0}`：{1} 请发送不超过 {2:N0} KB 的 .srt 或 .vtt 文件。");

    public static readonly LocalizedText FileTooBig = new("it is too big.", "il est trop volumineux.", "文件太大。");

    public static readonly LocalizedText FileNotDownloadable = new(
        "I cannot download it from where it is stored.",
        "je ne peux pas le télécharger depuis son emplacement.",
        "无法从其存储位置下载。");

    public static readonly LocalizedText FileNoCues = new("it has no timed captions.", "il ne contient aucun sous-titre horodaté.", "文件中没有带时间的字幕。");

    public static readonly LocalizedText ExtractiveNote = new(
        "These are the video's own key sentences, picked without an AI model, in the transcript's language ({0}).",
        "Ce sont les phrases clés de la vidéo elle-même, choisies sans modèle d'IA, dans la langue de la transcription ({0}).",
        "以下是视频本身的关键句，未使用 AI 模型挑选，语言为字幕的语言（{0}）。");

    public static readonly LocalizedText OtherLanguageNote = new(
        "You asked for {0}: use the Translate button to read the captions in it.",
        "Vous avez demandé le {0} : utilisez le bouton Traduire pour lire les sous-titres dans cette langue.",
        "你需要的是{0}：请点击“翻译”按钮以该语言阅读字幕。");

    public static readonly LocalizedText EstimatedNote = new(
        "⏱️ The timings are estimated (the source had none), so timestamps are approximate.",
        "⏱️ Les horaires sont estimés (la source n'en avait pas) : les liens temporels sont approximatifs.",
        "⏱️ 时间是估算的（来源没有时间信息），时间戳仅供参考。");

    public static readonly LocalizedText AskHint = new(
        "Ask me anything about this video here, and I will answer from its transcript.",
        "Posez-moi ici vos questions sur cette vidéo : je répondrai à partir de sa transcription.",
        "可以在这里问我关于这个视频的任何问题，我会根据字幕回答。");

    public static readonly LocalizedText TranslateButton = new("Translate to {0}", "Traduire en {0}", "翻译成{0}");

    public static readonly LocalizedText SummarizeButton = new("Summarize", "Résumer", "总结");
}
