using System.Text.Json;

namespace LlmTutorBot.Teams.Auth;

/// <summary>A JWKS document; each key stays raw JSON for IdentityModel, which reads it itself, beside its endorsements.</summary>
public sealed record JsonWebKeySetDocument(IReadOnlyList<JsonElement>? Keys);
