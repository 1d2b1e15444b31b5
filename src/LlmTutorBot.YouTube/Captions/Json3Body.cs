using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Captions;

/// <summary>The json3 timedtext body (wire format; only the fields read).</summary>
internal sealed record Json3Body(
    [property: JsonPropertyName("events")] IReadOnlyList<Json3Event>? Events);

internal sealed record Json3Event(
    [property: JsonPropertyName("tStartMs")] long StartMs,
    [property: JsonPropertyName("dDurationMs")] long? DurationMs,
    [property: JsonPropertyName("segs")] IReadOnlyList<Json3Segment>? Segments);

internal sealed record Json3Segment(
    [property: JsonPropertyName("utf8")] string? Text,
    [property: JsonPropertyName("tOffsetMs")] long? OffsetMs = null);
