using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Player;

/// <summary>What the bot shows about a video.</summary>
public sealed record VideoMetadata(VideoId Id, string Title, string? Channel, TimeSpan Duration)
{
    public IReadOnlyList<VideoChapter> Chapters { get; init; } = [];
}
