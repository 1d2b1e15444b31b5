using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// An OAuth token endpoint's answer (client credentials or managed identity): expires_in from Entra ID and the
/// instance metadata endpoint, expires_on (Unix seconds) from App Service's endpoint.
/// </summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] JsonElement? ExpiresIn,
    [property: JsonPropertyName("expires_on")] JsonElement? ExpiresOn = null);
