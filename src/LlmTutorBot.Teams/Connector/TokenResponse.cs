using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Connector;

/// <summary>An OAuth token endpoint's answer (client credentials or managed identity).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] JsonElement? ExpiresIn);
