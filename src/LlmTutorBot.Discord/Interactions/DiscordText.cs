using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>The Discord adapter's own sentences, answered ephemerally (only the user sees them).</summary>
internal static class DiscordText
{
    public static readonly LocalizedText MessageUnreadable = new(typeof(DiscordText), nameof(MessageUnreadable));

    public static readonly LocalizedText NoLink = new(typeof(DiscordText), nameof(NoLink));

    public static readonly LocalizedText NotYouTube = new(typeof(DiscordText), nameof(NotYouTube));

    public static readonly LocalizedText ResetNeedsPermission = new(typeof(DiscordText), nameof(ResetNeedsPermission));

    public static readonly LocalizedText Unsupported = new(typeof(DiscordText), nameof(Unsupported));
}
