using System.ComponentModel;
using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>
/// A cache entry: the video's metadata and one transcript. Never changed once made, so the first level keeps the
/// instance rather than deserializing it again on every hit.
/// </summary>
[ImmutableObject(true)]
internal sealed record CachedTranscript(
    [property: JsonPropertyName("videoId")] string VideoId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("durationSeconds")] long DurationSeconds,
    [property: JsonPropertyName("notes")] IReadOnlyList<string>? Notes,
    [property: JsonPropertyName("transcript")] TranscriptJson Transcript,
    [property: JsonPropertyName("chapters")] IReadOnlyList<CachedChapter>? Chapters = null)
{
    /// <summary>
    /// When this process's fetch made the entry (<see cref="System.Diagnostics.Stopwatch"/> ticks; 0 when read from
    /// Redis): callers that were already waiting for that fetch get a fresh transcript, later ones a cached one.
    /// </summary>
    [JsonIgnore]
    public long FetchedAt { get; init; }

    public static CachedTranscript From(VideoTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return new(
            transcript.Metadata.Id.Value,
            transcript.Metadata.Title,
            transcript.Metadata.Channel,
            (long)transcript.Metadata.Duration.TotalSeconds,
            transcript.Notes.Count == 0 ? null : transcript.Notes,
            TranscriptJson.From(transcript.Transcript),
            transcript.Metadata.Chapters.Count == 0 ? null : [.. transcript.Metadata.Chapters.Select(c => new CachedChapter((long)c.Start.TotalMilliseconds, c.Title))]);
    }

    /// <summary>The transcript as read from the cache (<see cref="VideoTranscript.FromCache"/> unless <paramref name="fresh"/>), or null when the entry is unreadable.</summary>
    public VideoTranscript? ToVideoTranscript(bool fresh = false)
    {
        if (!Links.VideoId.TryParse(VideoId, out var id))
        {
            return null;
        }

        var metadata = new VideoMetadata(id, Title, Channel, TimeSpan.FromSeconds(DurationSeconds))
        {
            Chapters = Chapters is null ? [] : [.. Chapters.Select(c => new VideoChapter(TimeSpan.FromMilliseconds(c.Start), c.Title))],
        };
        return new VideoTranscript(metadata, Transcript.ToTranscript()) { Notes = Notes ?? [], FromCache = !fresh };
    }
}
