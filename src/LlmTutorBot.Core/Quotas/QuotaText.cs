using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Core.Quotas;

/// <summary>What the bot says when a message is over a rate limit, with when to try again.</summary>
public static class QuotaText
{
    public static readonly LocalizedText UserLimit = new(typeof(QuotaText), nameof(UserLimit));

    public static readonly LocalizedText GroupLimit = new(typeof(QuotaText), nameof(GroupLimit));

    private static readonly LocalizedText Seconds = new(typeof(QuotaText), nameof(Seconds));

    private static readonly LocalizedText OneSecond = new(typeof(QuotaText), nameof(OneSecond));

    public static string For(QuotaExceeded exceeded, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(exceeded);
        var seconds = (int)Math.Ceiling(Math.Max(1, exceeded.RetryAfter.TotalSeconds));
        var wait = seconds == 1 ? OneSecond[language] : Seconds.Format(language, seconds);
        return (exceeded.Scope == QuotaScope.Group ? GroupLimit : UserLimit).Format(language, wait);
    }
}
