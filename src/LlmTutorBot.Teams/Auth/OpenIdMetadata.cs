using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Auth;

/// <summary>The parts of an OpenID configuration document the bot reads.</summary>
public sealed record OpenIdMetadata(
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("jwks_uri")] string? JwksUri);
