using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>A remembered failure (the negative cache): its kind and YouTube's wording.</summary>
internal sealed record CachedFailure(
    [property: JsonPropertyName("kind")] VideoFailureKind Kind,
    [property: JsonPropertyName("detail")] string? Detail);
