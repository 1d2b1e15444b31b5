using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>The Discord adapter's own sentences, answered ephemerally (only the user sees them) where Discord allows it.</summary>
internal static class DiscordText
{
    public static readonly LocalizedText MessageUnreadable = new(typeof(DiscordText), nameof(MessageUnreadable));

    public static readonly LocalizedText NoLink = new(typeof(DiscordText), nameof(NoLink));

    public static readonly LocalizedText NotYouTube = new(typeof(DiscordText), nameof(NotYouTube));

    public static readonly LocalizedText ResetNeedsPermission = new(typeof(DiscordText), nameof(ResetNeedsPermission));

    public static readonly LocalizedText Unsupported = new(typeof(DiscordText), nameof(Unsupported));

    /// <summary>A webhook-only interaction stopped before its token's 15 minutes ended.</summary>
    public static readonly LocalizedText TookTooLong = new(typeof(DiscordText), nameof(TookTooLong));

    /// <summary>The last follow-up Discord allows a user-installed app where it is not installed.</summary>
    public static readonly LocalizedText AnswerCut = new(typeof(DiscordText), nameof(AnswerCut));

    /// <summary>Added to the answer of a /reset typed in a server, which resets only the author's preferences.</summary>
    public static readonly LocalizedText ResetTextOnlyYou = new(typeof(DiscordText), nameof(ResetTextOnlyYou));
}
