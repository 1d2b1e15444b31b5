using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Activities;

/// <summary>
/// An entity of an activity: a mention (<see cref="Mentioned"/>, <see cref="Text"/>), clientInfo (<see cref="Locale"/>),
/// Teams' streaminfo (<see cref="StreamId"/>, <see cref="StreamType"/>, <see cref="StreamSequence"/>) or the schema.org
/// message entity that carries the AI-generated label and citations.
/// </summary>
public sealed record ActivityEntity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>The mention's markup in the message text, such as "&lt;at&gt;Bot&lt;/at&gt;".</summary>
    public string? Text { get; init; }

    public string? Locale { get; init; }

    public string? Country { get; init; }

    public string? Platform { get; init; }

    /// <summary>streaminfo: the stream's id, the id the Connector gave the first streamed activity.</summary>
    public string? StreamId { get; init; }

    /// <summary>streaminfo: informative, streaming or final.</summary>
    public string? StreamType { get; init; }

    /// <summary>streaminfo: 1, 2, 3… on every update; absent on the final message.</summary>
    public int? StreamSequence { get; init; }

    [JsonPropertyName("@type")]
    public string? SchemaType { get; init; }

    [JsonPropertyName("@context")]
    public string? SchemaContext { get; init; }

    [JsonPropertyName("@id")]
    public string? SchemaId { get; init; }

    /// <summary>["AIGeneratedContent"] for the AI-generated label.</summary>
    public IReadOnlyList<string>? AdditionalType { get; init; }

    public IReadOnlyList<CitationClaim>? Citation { get; init; }
}
