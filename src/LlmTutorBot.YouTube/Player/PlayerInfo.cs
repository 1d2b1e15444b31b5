namespace LlmTutorBot.YouTube.Player;

/// <summary>A playable video: its metadata, caption tracks and the languages YouTube can translate them to.</summary>
public sealed record PlayerInfo(VideoMetadata Metadata, IReadOnlyList<CaptionTrack> Tracks, IReadOnlyList<string> TranslationLanguages)
{
    public string? VisitorData { get; init; }
}
