using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Rendering;

/// <summary>An Adaptive Card (Teams supports up to version 1.5): text blocks and buttons.</summary>
public sealed record AdaptiveCard(IReadOnlyList<AdaptiveElement> Body, IReadOnlyList<AdaptiveAction> Actions)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = "1.5";
}
