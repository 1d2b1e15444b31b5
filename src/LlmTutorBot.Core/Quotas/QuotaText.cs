using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Core.Quotas;

/// <summary>What the bot says when a message is over a rate limit, with when to try again.</summary>
public static class QuotaText
{
    public static readonly LocalizedText UserLimit = new(
        "You are sending messages faster than I can keep up with. Please wait {0} and send it again; nothing was lost.",
        "Vous m'envoyez des messages plus vite que je ne peux suivre. Attendez {0} puis renvoyez-le ; rien n'est perdu.",
        "你发送消息的速度太快了，我跟不上。请等待{0}后再发送；没有任何内容丢失。");

    public static readonly LocalizedText GroupLimit = new(
        "Many people here are asking me things at once, so I am pausing for a moment. Please try again in {0}; nothing was lost.",
        "Beaucoup de monde ici me sollicite en même temps, je fais donc une courte pause. Réessayez dans {0} ; rien n'est perdu.",
        "这里同时向我提问的人很多，我需要稍作暂停。请在{0}后再试；没有任何内容丢失。");

    private static readonly LocalizedText Seconds = new("{0} seconds", "{0} secondes", "{0} 秒");

    private static readonly LocalizedText OneSecond = new("1 second", "1 seconde", "1 秒");

    public static string For(QuotaExceeded exceeded, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(exceeded);
        var seconds = (int)Math.Ceiling(Math.Max(1, exceeded.RetryAfter.TotalSeconds));
        var wait = seconds == 1 ? OneSecond[language] : Seconds.Format(language, seconds);
        return (exceeded.Scope == QuotaScope.Group ? GroupLimit : UserLimit).Format(language, wait);
    }
}
