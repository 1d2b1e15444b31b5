using System.Collections.Frozen;
using System.Text.Json;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Bundled;

/// <summary>
/// Transcripts shipped with the bot, so the seed video (osKyvYJ3PRM) works with no network: English from the
/// seeds' transcript and YouTube's French translation printed by the seeds' tutorial, timings estimated.
/// </summary>
public sealed class BundledVideos
{
    private const string ResourcePrefix = "LlmTutorBot.YouTube.Bundled.";

    private readonly FrozenDictionary<string, BundledVideo> _videos;

    public BundledVideos()
    {
        var assembly = typeof(BundledVideos).Assembly;
        var videos = new Dictionary<string, BundledVideo>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var json = JsonSerializer.Deserialize(stream, YouTubeJsonContext.Default.BundledVideoJson)
                ?? throw new InvalidDataException($"The bundled video {name} is empty.");
            var id = VideoId.Parse(json.VideoId);
            var metadata = new VideoMetadata(id, json.Title, json.Channel, TimeSpan.FromSeconds(json.DurationSeconds));
            videos[id.Value] = new BundledVideo(metadata, [.. json.Transcripts.Select(t => t.ToTranscript())]);
        }

        _videos = videos.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Ids => _videos.Keys;

    public bool Contains(VideoId id) => _videos.ContainsKey(id.Value);

    public VideoMetadata? Metadata(VideoId id) => _videos.TryGetValue(id.Value, out var video) ? video.Metadata : null;

    /// <summary>The bundled transcript in this language (original or translated), if there is one.</summary>
    public VideoTranscript? Find(VideoId id, string language)
    {
        if (!_videos.TryGetValue(id.Value, out var video))
        {
            return null;
        }

        var transcript = video.Transcripts.FirstOrDefault(t => CaptionTrackSelector.Matches(t.Language, language));
        return transcript is null ? null : new VideoTranscript(video.Metadata, transcript);
    }

    /// <summary>The bundled original (untranslated) transcript.</summary>
    public VideoTranscript? FindOriginal(VideoId id) =>
        _videos.TryGetValue(id.Value, out var video) && video.Transcripts.FirstOrDefault(t => t.TranslatedFrom is null) is { } original
            ? new VideoTranscript(video.Metadata, original)
            : null;

    private sealed record BundledVideo(VideoMetadata Metadata, IReadOnlyList<Transcript> Transcripts);
}
