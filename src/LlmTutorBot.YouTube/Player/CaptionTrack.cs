namespace LlmTutorBot.YouTube.Player;

/// <summary>One caption track a video offers.</summary>
public sealed record CaptionTrack(string Url, string LanguageCode, string Name, bool IsGenerated, bool IsTranslatable)
{
    /// <summary>The URL carries exp=xpe/xpv: YouTube answers it with an empty body unless a PO token is added.</summary>
    public bool NeedsPoToken { get; init; }
}
