using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Bundled;

/// <summary>
/// The team's cleaned copy of a bundled track (Bundled/Data/{id}.sentences-{language}.json): whole sentences with the
/// caption lines they come from (0-based, inclusive) and their timings in milliseconds.
/// </summary>
internal sealed record BundledSentencesJson(
    [property: JsonPropertyName("videoId")] string VideoId,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("sentences")] IReadOnlyList<BundledSentenceJson> Sentences);

internal sealed record BundledSentenceJson(
    [property: JsonPropertyName("first")] int First,
    [property: JsonPropertyName("last")] int Last,
    [property: JsonPropertyName("s")] long Start,
    [property: JsonPropertyName("e")] long End,
    [property: JsonPropertyName("t")] string Text);
