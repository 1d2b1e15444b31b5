using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>A chapter of a cached video (start in milliseconds), so a cached transcript outlines as a fetched one does.</summary>
internal sealed record CachedChapter(
    [property: JsonPropertyName("start")] long Start,
    [property: JsonPropertyName("title")] string Title);
