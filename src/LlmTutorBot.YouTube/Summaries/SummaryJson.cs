using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>A summary as the model writes it under the structured-output schema (<see cref="SummaryLines.Schema"/>).</summary>
internal sealed record SummaryJson(
    [property: JsonPropertyName("tldr")] string? Tldr,
    [property: JsonPropertyName("takeaways")] IReadOnlyList<SummaryJsonPoint>? Takeaways,
    [property: JsonPropertyName("questions")] IReadOnlyList<SummaryJsonQuestion>? Questions,
    [property: JsonPropertyName("outline")] IReadOnlyList<SummaryJsonSection>? Outline,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string>? Keywords,
    [property: JsonPropertyName("highlights")] IReadOnlyList<SummaryJsonPoint>? Highlights);

internal sealed record SummaryJsonPoint(
    [property: JsonPropertyName("time")] string? Time,
    [property: JsonPropertyName("emoji")] string? Emoji,
    [property: JsonPropertyName("text")] string? Text);

internal sealed record SummaryJsonQuestion(
    [property: JsonPropertyName("question")] string? Question,
    [property: JsonPropertyName("answer")] string? Answer);

internal sealed record SummaryJsonSection(
    [property: JsonPropertyName("time")] string? Time,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("gist")] string? Gist);
