using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>Every sentence the Teams and web chat adapters say themselves, in English, French and Chinese.</summary>
public static class TeamsText
{
    public static readonly LocalizedText Welcome = new(
        "Hello, I am {0}, a tutor for people learning about large language models. Ask me a question, post a YouTube link to translate or summarize it, or type `/help` to see my commands. In a channel, @-mention me and I answer in the thread.",
        "Bonjour, je suis {0}, un tuteur pour apprendre les grands modèles de langage (LLM). Posez-moi une question, envoyez un lien YouTube à traduire ou à résumer, ou tapez `/help` pour voir mes commandes. Dans un canal, mentionnez-moi avec @ et je réponds dans le fil.",
        "你好，我是 {0}，帮助你学习大语言模型（LLM）的助教。你可以向我提问，发送 YouTube 链接让我翻译或总结，或输入 `/help` 查看我的命令。在频道里请 @ 我，我会在该帖子的回复中回答。");

    public static readonly LocalizedText Working = new("Working on it…", "Je m'en occupe…", "正在处理…");

    public static readonly LocalizedText ButtonWithoutCommand = new(
        "This button does not belong to me, so I cannot act on it.",
        "Ce bouton ne m'appartient pas : je ne peux rien en faire.",
        "这个按钮不属于我，我无法处理它。");

    public static readonly LocalizedText FileTooLarge = new(
        "The file {0} ({1:N0} bytes) is too large to send here.",
        "Le fichier {0} ({1:N0} octets) est trop volumineux pour être envoyé ici.",
        "文件 {0}（{1:N0} 字节）太大，无法在这里发送。");

    public static readonly LocalizedText ChatTitle = new("Chat with {0}", "Discuter avec {0}", "与 {0} 聊天");
}
