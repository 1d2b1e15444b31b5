using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Activities;

/// <summary>A Teams citation: the "[position]" marker of the message text and what its pop-up shows.</summary>
public sealed record CitationClaim(int Position, CitationAppearance Appearance)
{
    [JsonPropertyName("@type")]
    public string SchemaType { get; init; } = "Claim";
}
