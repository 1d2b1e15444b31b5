using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Teams.Auth;

/// <summary>The Connector's current signing keys and, per key id, the channels each key is endorsed for.</summary>
public sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
{
    public static SigningKeys Empty { get; } = new([], new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.MinValue);

    public bool Has(string? keyId) => keyId is not null && Endorsements.ContainsKey(keyId);
}
