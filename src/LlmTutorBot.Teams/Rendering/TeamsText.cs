using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>Every sentence the Teams and web chat adapters say themselves, in English, French and Chinese.</summary>
public static class TeamsText
{
    public static readonly LocalizedText Welcome = new(typeof(TeamsText), nameof(Welcome));

    public static readonly LocalizedText Working = new(typeof(TeamsText), nameof(Working));

    public static readonly LocalizedText ButtonWithoutCommand = new(typeof(TeamsText), nameof(ButtonWithoutCommand));

    public static readonly LocalizedText ChatTitle = new(typeof(TeamsText), nameof(ChatTitle));

    public static readonly LocalizedText FileOffer = new(typeof(TeamsText), nameof(FileOffer));

    public static readonly LocalizedText FileDeclined = new(typeof(TeamsText), nameof(FileDeclined));

    public static readonly LocalizedText FileUploadFailed = new(typeof(TeamsText), nameof(FileUploadFailed));

    public static readonly LocalizedText FileInline = new(typeof(TeamsText), nameof(FileInline));

    public static readonly LocalizedText FileNotShown = new(typeof(TeamsText), nameof(FileNotShown));

    public static readonly LocalizedText FeedbackThanks = new(typeof(TeamsText), nameof(FeedbackThanks));
}
