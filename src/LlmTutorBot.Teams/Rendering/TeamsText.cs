using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>Every sentence the Teams and web chat adapters say themselves, in English, French and Chinese.</summary>
public static class TeamsText
{
    public static readonly LocalizedText Welcome = new(typeof(TeamsText), nameof(Welcome));

    public static readonly LocalizedText Working = new(typeof(TeamsText), nameof(Working));

    public static readonly LocalizedText ButtonWithoutCommand = new(typeof(TeamsText), nameof(ButtonWithoutCommand));

    public static readonly LocalizedText FileTooLarge = new(typeof(TeamsText), nameof(FileTooLarge));

    public static readonly LocalizedText ChatTitle = new(typeof(TeamsText), nameof(ChatTitle));
}
