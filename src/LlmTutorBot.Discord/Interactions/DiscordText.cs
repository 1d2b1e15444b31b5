using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>The Discord adapter's own sentences, answered ephemerally (only the user sees them).</summary>
internal static class DiscordText
{
    public static readonly LocalizedText MessageUnreadable = new(
        "I can't read that message: it may have been deleted, or be in a channel I can't see.",
        "Je ne peux pas lire ce message : il a peut-être été supprimé, ou se trouve dans un salon que je ne vois pas.",
        "我无法读取这条消息：它可能已被删除，或位于我看不到的频道中。");

    public static readonly LocalizedText NoLink = new(
        "That message has no link. Use this on a message that contains a YouTube link.",
        "Ce message ne contient pas de lien. Utilisez ceci sur un message qui contient un lien YouTube.",
        "这条消息没有链接。请在包含 YouTube 链接的消息上使用此功能。");

    public static readonly LocalizedText NotYouTube = new(
        "The link in that message is not a YouTube video; I can only summarize or translate YouTube videos.",
        "Le lien de ce message n'est pas une vidéo YouTube ; je ne sais résumer ou traduire que des vidéos YouTube.",
        "这条消息中的链接不是 YouTube 视频；我只能总结或翻译 YouTube 视频。");

    public static readonly LocalizedText ResetNeedsPermission = new(
        "Only members who can manage messages may reset this channel's conversation. To reset your own preferences, use /reset scope: me.",
        "Seuls les membres qui peuvent gérer les messages peuvent réinitialiser la conversation de ce salon. Pour réinitialiser vos propres préférences, utilisez /reset scope: me.",
        "只有可以管理消息的成员才能重置此频道的对话。要重置你自己的偏好，请使用 /reset scope: me。");
}
