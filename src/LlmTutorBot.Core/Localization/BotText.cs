namespace LlmTutorBot.Core.Localization;

/// <summary>Every sentence the core handlers say, in English, French and Chinese.</summary>
public static class BotText
{
    public static readonly LocalizedText HelpTitle = new(
        "Here is what I can do",
        "Voici ce que je sais faire",
        "我可以做这些事");

    public static readonly LocalizedText HelpIntro = new(
        "I am {0}, a tutor for people learning about large language models. Send me a command, or just write to me.",
        "Je suis {0}, un tuteur pour apprendre les grands modèles de langage (LLM). Envoyez-moi une commande, ou écrivez-moi simplement.",
        "我是 {0}，帮助你学习大语言模型（LLM）的助教。你可以发送命令，也可以直接和我聊天。");

    public static readonly LocalizedText HelpCommandsHeading = new("Commands", "Commandes", "命令");

    public static readonly LocalizedText HelpLanguageLine = new(
        "I reply in {0}. Change it with `/lang en`, `/lang fr` or `/lang zh`.",
        "Je réponds en {0}. Changez-le avec `/lang en`, `/lang fr` ou `/lang zh`.",
        "我目前用{0}回复。可以用 `/lang en`、`/lang fr` 或 `/lang zh` 切换。");

    public static readonly LocalizedText LanguageSet = new(
        "Done: I will reply in English from now on.",
        "C'est noté : je vous répondrai désormais en français.",
        "好的：从现在起我会用中文回复你。");

    public static readonly LocalizedText LanguageAuto = new(
        "Done: I will reply in the language you write in.",
        "C'est noté : je répondrai dans la langue de vos messages.",
        "好的：我会用你写消息时使用的语言回复。");

    public static readonly LocalizedText ResetPreferencesDone = new(
        "Done: I have forgotten your preferences. I now reply in the language of each message; this conversation is kept.",
        "C'est fait : j'ai oublié vos préférences. Je réponds désormais dans la langue de chaque message ; cette conversation est conservée.",
        "好的：我已忘记你的偏好。我现在会用每条消息的语言回复；这段对话仍然保留。");

    public static readonly LocalizedText ResetDone = new(
        "Done: I have forgotten this conversation (its language, its video and its history). Your language preference is kept.",
        "C'est fait : j'ai oublié cette conversation (sa langue, sa vidéo et son historique). Votre préférence de langue est conservée.",
        "好的：我已忘记这段对话（语言、视频和历史记录）。你的语言偏好仍然保留。");

    public static readonly LocalizedText FallbackIntro = new(
        "I did not understand that as a request. I am {0}, and here is what I can do:",
        "Je n'ai pas compris cette demande. Je suis {0}, et voici ce que je sais faire :",
        "我没有理解这个请求。我是 {0}，我可以做这些事：");

    public static readonly LocalizedText FallbackHint = new(
        "Type `/help` at any time to see this list.",
        "Tapez `/help` à tout moment pour revoir cette liste.",
        "随时输入 `/help` 查看这份列表。");

    public static readonly LocalizedText EmptyMessage = new(
        "Your message is empty. Write a question, or type `/help` to see what I can do.",
        "Votre message est vide. Posez une question, ou tapez `/help` pour voir ce que je sais faire.",
        "你的消息是空的。请提出问题，或输入 `/help` 查看我能做什么。");

    public static readonly LocalizedText MessageTooLong = new(
        "Your message is too long: {0:N0} characters, and I read at most {1:N0}. Please shorten it or split it into several messages; nothing was changed.",
        "Votre message est trop long : {0:N0} caractères, et j'en lis au plus {1:N0}. Raccourcissez-le ou envoyez-le en plusieurs messages ; rien n'a été modifié.",
        "你的消息太长了：共 {0:N0} 个字符，我最多读取 {1:N0} 个。请缩短或拆成几条消息发送；没有任何内容被更改。");

    public static readonly LocalizedText UnknownCommand = new(
        "I don't know the command `/{0}`.",
        "Je ne connais pas la commande `/{0}`.",
        "我不认识命令 `/{0}`。");

    public static readonly LocalizedText DidYouMean = new(
        "Did you mean `/{0}`?",
        "Vouliez-vous dire `/{0}` ?",
        "你是想输入 `/{0}` 吗？");

    public static readonly LocalizedText SeeHelp = new(
        "Type `/help` to see every command.",
        "Tapez `/help` pour voir toutes les commandes.",
        "输入 `/help` 查看所有命令。");

    public static readonly LocalizedText MissingArgument = new(
        "`/{0}` needs a value for **{1}** ({2}).",
        "`/{0}` a besoin d'une valeur pour **{1}** ({2}).",
        "`/{0}` 需要提供 **{1}**（{2}）。");

    public static readonly LocalizedText InvalidChoice = new(
        "`{1}` is not a valid value for **{0}**.",
        "`{1}` n'est pas une valeur valide pour **{0}**.",
        "`{1}` 不是 **{0}** 的有效值。");

    public static readonly LocalizedText InvalidValue = new(
        "`{1}` is not a valid value for **{0}**: {2}",
        "`{1}` n'est pas une valeur valide pour **{0}** : {2}",
        "`{1}` 不是 **{0}** 的有效值：{2}");

    public static readonly LocalizedText ExpectedInteger = new("a whole number is expected.", "un nombre entier est attendu.", "需要一个整数。");

    public static readonly LocalizedText ExpectedBoolean = new("expected yes or no.", "oui ou non est attendu.", "需要填写 yes 或 no。");

    public static readonly LocalizedText ExpectedUrl = new(
        "a web address starting with https:// is expected.",
        "une adresse web commençant par https:// est attendue.",
        "需要以 https:// 开头的网址。");

    public static readonly LocalizedText UnclosedQuote = new(
        "a quotation mark is not closed.",
        "un guillemet n'est pas fermé.",
        "有一个引号没有闭合。");

    public static readonly LocalizedText TooManyArguments = new(
        "`/{0}` does not take `{1}`.",
        "`/{0}` ne prend pas `{1}`.",
        "`/{0}` 不接受 `{1}`。");

    public static readonly LocalizedText Choices = new("Choices: {0}", "Choix possibles : {0}", "可选值：{0}");

    public static readonly LocalizedText Usage = new("Usage: {0}", "Utilisation : {0}", "用法：{0}");

    public static readonly LocalizedText TurnFailed = new(
        "Sorry, something went wrong on my side while answering. Please try again in a moment; nothing you had saved is lost.",
        "Désolé, une erreur s'est produite de mon côté. Réessayez dans un instant ; rien de ce qui était enregistré n'est perdu.",
        "抱歉，我这边处理时出了问题。请稍后再试；已保存的内容不会丢失。");

    public static readonly LocalizedText JobFailed = new(
        "Sorry, I tried several times and could not finish this request. Please send it again in a little while.",
        "Désolé, j'ai essayé plusieurs fois sans parvenir à terminer cette demande. Renvoyez-la un peu plus tard.",
        "抱歉，我尝试了多次仍未能完成这个请求。请稍后重新发送。");

    public static readonly LocalizedText StateUnavailable = new(
        "(I can't reach my memory right now, so I may not remember this conversation.)",
        "(Ma mémoire est injoignable pour l'instant : je risque de ne pas me souvenir de cette conversation.)",
        "（暂时无法访问我的记忆存储，因此我可能记不住这段对话。）");
}
