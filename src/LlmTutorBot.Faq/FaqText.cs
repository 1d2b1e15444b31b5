using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Faq;

/// <summary>Every sentence the FAQ says, in English, French and Chinese.</summary>
internal static class FaqText
{
    public static readonly LocalizedText AskDescription = new(
        "Ask a question about large language models",
        "Poser une question sur les grands modèles de langage",
        "提一个关于大语言模型的问题");

    public static readonly LocalizedText QuestionOption = new("Your question", "Votre question", "你的问题");

    public static readonly LocalizedText FaqDescription = new(
        "Browse the FAQ by category, or open one entry",
        "Parcourir la FAQ par catégorie, ou ouvrir une entrée",
        "按类别浏览常见问题，或打开某一条");

    public static readonly LocalizedText ItemOption = new(
        "A page number, or an entry id such as faq-fr/llm-conscious",
        "Un numéro de page, ou l'identifiant d'une entrée comme faq-fr/llm-conscious",
        "页码，或条目编号，例如 faq-fr/llm-conscious");

    public static readonly LocalizedText PartOption = new("Which part of a long answer", "Quelle partie d'une longue réponse", "长回答的第几部分");

    public static readonly LocalizedText Source = new("Source:", "Source :", "来源：");

    public static readonly LocalizedText TranscriptSource = new(
        "From the transcript of the video, lines {0}–{1}",
        "D'après la transcription de la vidéo, lignes {0} à {1}",
        "出自视频字幕第 {0}–{1} 行");

    public static readonly LocalizedText TranscriptSourceAt = new(
        "From the transcript of the video, at {0}",
        "D'après la transcription de la vidéo, à {0}",
        "出自视频字幕，位于 {0}");

    public static readonly LocalizedText TranslatedByTeam = new(
        "translated from {0} by our team",
        "traduit par notre équipe, original en {0}",
        "由我们的团队译自{0}");

    public static readonly LocalizedText WatchMoment = new(
        "▶️ The video discusses this at {0}.",
        "▶️ La vidéo en parle à {0}.",
        "▶️ 视频在 {0} 讲到了这一点。");

    public static readonly LocalizedText CurrentVideoMoment = new(
        "🎬 The video talks about this at {0}.",
        "🎬 La vidéo dont nous parlons l'aborde à {0}.",
        "🎬 我们正在讨论的视频在 {0} 谈到了这一点。");

    public static readonly LocalizedText AnswerInFrench = new(
        "This answer comes from our French FAQ; with no translation model configured, here it is as written.",
        "Cette réponse vient de notre FAQ en français.",
        "这条回答来自我们的法语常见问题；由于没有配置翻译模型，以下保留原文。");

    public static readonly LocalizedText AnswerInChinese = new(
        "This answer comes from our Chinese notes on the video; with no translation model configured, here it is as written.",
        "Cette réponse vient de nos notes en chinois sur la vidéo ; aucun modèle de traduction n'étant configuré, la voici telle quelle.",
        "这条回答来自我们关于该视频的中文笔记。");

    public static readonly LocalizedText AnswerInEnglish = new(
        "This answer comes from the video's English transcript; with no translation model configured, here it is as written.",
        "Cette réponse vient de la transcription anglaise de la vidéo ; aucun modèle de traduction n'étant configuré, la voici telle quelle.",
        "这条回答来自视频的英文字幕；由于没有配置翻译模型，以下保留原文。");

    public static readonly LocalizedText More = new("More ▸", "Suite ▸", "更多 ▸");

    public static readonly LocalizedText DidYouMean = new(
        "I'm not sure which question you mean. Did you mean one of these?",
        "Je ne suis pas sûr de la question que vous posez. Vouliez-vous dire l'une de celles-ci ?",
        "我不太确定你问的是哪个问题。你是想问下面其中之一吗？");

    public static readonly LocalizedText OutOfScope = new(
        "I'm a tutor for large language models (what they are, how they work, how they are built and used), and I don't know about that. Type `/help` to see what I can do, or `/faq` to browse the questions I can answer.",
        "Je suis un tuteur sur les grands modèles de langage (ce qu'ils sont, comment ils fonctionnent, comment on les construit et les utilise), et je ne sais pas répondre à cela. Tapez `/help` pour voir ce que je sais faire, ou `/faq` pour parcourir les questions auxquelles je réponds.",
        "我是大语言模型方面的助教（它们是什么、如何工作、如何构建和使用），这个问题我无法回答。输入 `/help` 查看我能做什么，或输入 `/faq` 浏览我能回答的问题。");

    public static readonly LocalizedText NoMoreParts = new(
        "That is all this entry says. Related questions:",
        "C'est tout ce que dit cette entrée. Questions voisines :",
        "这一条就这么多内容。相关问题：");

    public static readonly LocalizedText NoMore = new(
        "That is all this entry says. Ask me another question, or type `/faq` to browse them.",
        "C'est tout ce que dit cette entrée. Posez-moi une autre question, ou tapez `/faq` pour les parcourir.",
        "这一条就这么多内容。可以再问我别的问题，或输入 `/faq` 浏览全部问题。");

    public static readonly LocalizedText NothingToContinue = new(
        "Ask me a question first, and I can then tell you more about it.",
        "Posez-moi d'abord une question, et je pourrai ensuite vous en dire plus.",
        "请先问我一个问题，然后我可以告诉你更多。");

    public static readonly LocalizedText FaqTitle = new(
        "Questions I can answer (page {0} of {1})",
        "Questions auxquelles je réponds (page {0} sur {1})",
        "我能回答的问题（第 {0} 页，共 {1} 页）");

    public static readonly LocalizedText FaqHint = new(
        "Ask any of them in your own words, or open one with `/faq <id>`.",
        "Posez-les avec vos propres mots, ou ouvrez-en une avec `/faq <id>`.",
        "可以用自己的话提问，或用 `/faq <编号>` 打开某一条。");

    public static readonly LocalizedText NextPage = new("Next page ▸", "Page suivante ▸", "下一页 ▸");

    public static readonly LocalizedText PreviousPage = new("◂ Previous page", "◂ Page précédente", "◂ 上一页");

    public static readonly LocalizedText NoSuchPage = new(
        "There is no page {0}: the FAQ has {1} pages.",
        "Il n'y a pas de page {0} : la FAQ en compte {1}.",
        "没有第 {0} 页：常见问题共有 {1} 页。");

    public static readonly LocalizedText NoSuchEntry = new(
        "I have no entry `{0}`. Type `/faq` to see them all.",
        "Je n'ai pas d'entrée `{0}`. Tapez `/faq` pour les voir toutes.",
        "没有编号为 `{0}` 的条目。输入 `/faq` 查看全部。");

    public static readonly LocalizedText NoSuchPart = new(
        "This answer has {0} part(s).",
        "Cette réponse a {0} partie(s).",
        "这条回答共有 {0} 部分。");

    public static readonly LocalizedText NoAnswerFromSources = new(
        "I don't know from my sources: none of my entries answers that.",
        "Je ne sais pas d'après mes sources : aucune de mes entrées n'y répond.",
        "根据我的资料，我不知道：没有哪条内容能回答这个问题。");

    public static readonly LocalizedText NoAnswerDidYouMean = new(
        "I don't know from my sources. Perhaps one of these questions is what you mean:",
        "Je ne sais pas d'après mes sources. Peut-être vouliez-vous demander l'une de ces questions :",
        "根据我的资料，我不知道。你想问的也许是下面的问题之一：");

    public static readonly LocalizedText ModelUnavailable = new(
        "_The AI model is unavailable right now; here is the curated answer._",
        "_Le modèle d'IA est indisponible pour le moment ; voici la réponse de la FAQ._",
        "_AI 模型暂时不可用；以下是整理好的答案。_");

    public static readonly LocalizedText BudgetSpent = new(
        "_Today's AI budget is spent; here is the curated answer._",
        "_Le budget d'IA du jour est épuisé ; voici la réponse de la FAQ._",
        "_今天的 AI 额度已用完；以下是整理好的答案。_");

    public static readonly LocalizedText Sources = new("Sources:", "Sources :", "来源：");

    public static readonly LocalizedText Writing = new(
        "✍️ Writing an answer from my sources…",
        "✍️ Je rédige une réponse à partir de mes sources…",
        "✍️ 正在根据资料撰写回答……");
}
