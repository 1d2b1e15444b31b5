namespace LlmTutorBot.Teams.Auth;

/// <summary>What a token's full check established: the key it was signed with, its lifetime (UTC) and its serviceurl claim.</summary>
public sealed record ValidatedToken(SigningKeys Keys, string KeyId, DateTime? NotBefore, DateTime Expires, string? ServiceUrl)
{
    /// <summary>Whether the token was checked against exactly these keys (a refresh gives a new set, and the token is checked again).</summary>
    public bool IsCheckedAgainst(SigningKeys keys) => ReferenceEquals(Keys, keys);

    /// <summary>Whether the token's lifetime, widened by <paramref name="skew"/> each side, holds <paramref name="now"/> (UTC).</summary>
    public bool IsLive(DateTime now, TimeSpan skew) => now <= Expires + skew && (NotBefore is not { } start || now >= start - skew);
}
