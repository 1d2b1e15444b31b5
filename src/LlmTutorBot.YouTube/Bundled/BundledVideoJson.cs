using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Bundled;

/// <summary>A bundled video file (Bundled/Data/{id}.json).</summary>
internal sealed record BundledVideoJson(
    [property: JsonPropertyName("videoId")] string VideoId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("durationSeconds")] long DurationSeconds,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("transcripts")] IReadOnlyList<TranscriptJson> Transcripts);
