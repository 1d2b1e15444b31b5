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

    public static readonly LocalizedText ChatTitle = new("Chat with {0}", "Discuter avec {0}", "与 {0} 聊天");

    public static readonly LocalizedText FileOffer = new(
        "{0}: I can put this file in your OneDrive.",
        "{0} : je peux déposer ce fichier dans votre OneDrive.",
        "{0}：我可以把这个文件放进你的 OneDrive。");

    public static readonly LocalizedText FileDeclined = new(
        "No problem, I will not send {0}. Ask again whenever you want it.",
        "Pas de souci, je n'envoie pas {0}. Redemandez-le quand vous voulez.",
        "好的，我不发送 {0}。需要时可以再问我。");

    public static readonly LocalizedText FileUploadFailed = new(
        "I could not put {0} in your OneDrive. Please ask again in a moment.",
        "Je n'ai pas pu déposer {0} dans votre OneDrive. Redemandez dans un instant.",
        "无法把 {0} 放进你的 OneDrive，请稍后再试。");

    public static readonly LocalizedText FileInline = new(
        "I cannot link {0} here: the bot has no public address (its operator can set Bot:PublicBaseUrl). Here is its text:",
        "Je ne peux pas donner de lien vers {0} ici : le bot n'a pas d'adresse publique (son opérateur peut définir Bot:PublicBaseUrl). Voici son texte :",
        "这里无法提供 {0} 的链接：机器人没有公开地址（管理员可以设置 Bot:PublicBaseUrl）。以下是它的文本：");

    public static readonly LocalizedText FileNotShown = new(
        "I cannot send {0} ({1:N0} bytes) here: the bot has no public address for a link (its operator can set Bot:PublicBaseUrl), and the file is too long to show as text. Ask me in a personal chat to get the file.",
        "Je ne peux pas envoyer {0} ({1:N0} octets) ici : le bot n'a pas d'adresse publique pour un lien (son opérateur peut définir Bot:PublicBaseUrl), et le fichier est trop long pour être affiché en texte. Demandez-le-moi en conversation privée pour recevoir le fichier.",
        "无法在这里发送 {0}（{1:N0} 字节）：机器人没有用于链接的公开地址（管理员可以设置 Bot:PublicBaseUrl），文件也太长，无法以文本显示。请在私聊中问我以获取文件。");

    public static readonly LocalizedText FeedbackThanks = new("Thank you for your feedback.", "Merci pour votre avis.", "感谢你的反馈。");
}
