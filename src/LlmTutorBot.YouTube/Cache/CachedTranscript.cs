using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>A cache entry: the video's metadata and one transcript.</summary>
internal sealed record CachedTranscript(
    [property: JsonPropertyName("videoId")] string VideoId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("durationSeconds")] long DurationSeconds,
    [property: JsonPropertyName("notes")] IReadOnlyList<string>? Notes,
    [property: JsonPropertyName("transcript")] TranscriptJson Transcript);
