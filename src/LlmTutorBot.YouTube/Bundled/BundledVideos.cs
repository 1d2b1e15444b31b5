using System.Collections.Frozen;
using System.Text.Json;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Bundled;

/// <summary>
/// Transcripts shipped with the bot, so the seed video (osKyvYJ3PRM) works with no network: English from the
/// seeds' transcript and YouTube's French translation printed by the seeds' tutorial, timings estimated; and the
/// team's cleaned copies of some tracks (whole sentences with capitals and punctuation), quoted instead of raw captions.
/// </summary>
public sealed class BundledVideos
{
    private const string ResourcePrefix = "LlmTutorBot.YouTube.Bundled.";
    private const string SentencesPrefix = "LlmTutorBot.YouTube.BundledSentences.";

    private readonly FrozenDictionary<string, BundledVideo> _videos;
    private readonly FrozenDictionary<string, Transcript> _readable;

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
        var readable = new Dictionary<string, Transcript>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SentencesPrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var json = JsonSerializer.Deserialize(stream, YouTubeJsonContext.Default.BundledSentencesJson)
                ?? throw new InvalidDataException($"The cleaned copy {name} is empty.");
            var original = Find(VideoId.Parse(json.VideoId), json.Language)?.Transcript
                ?? throw new InvalidDataException($"The cleaned copy {name} names a track that is not bundled ({json.VideoId}, {json.Language}).");
            readable[ReadableKey(json.VideoId, original.Language)] = original with
            {
                Segments = [.. json.Sentences.Select(s => new TranscriptSegment(TimeSpan.FromMilliseconds(s.Start), TimeSpan.FromMilliseconds(Math.Max(0, s.End - s.Start)), s.Text.Trim()))],
            };
        }

        _readable = readable.ToFrozenDictionary(StringComparer.Ordinal);
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

    /// <summary>
    /// The team's cleaned copy of a bundled track, one segment per sentence with the timings of its caption lines; null
    /// when the video or that track has none (then only raw captions exist).
    /// </summary>
    public Transcript? Readable(VideoId id, Transcript track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return track.TranslatedFrom is null && track.Source == TranscriptSource.Bundled && _readable.TryGetValue(ReadableKey(id.Value, track.Language), out var readable)
            ? readable
            : null;
    }

    private static string ReadableKey(string id, string language) => $"{id}/{language}";

    private sealed record BundledVideo(VideoMetadata Metadata, IReadOnlyList<Transcript> Transcripts);
}
