using System.Collections.Concurrent;

namespace LlmTutorBot.Teams.Auth;

/// <summary>
/// Tokens that passed the full check (issuer, audience, lifetime, signature by the key they name), remembered by their
/// exact text so the next activity that carries the same token (the Connector reuses one for about an hour) skips
/// parsing it and verifying its RSA signature. An entry holds for the signing keys it was checked against only (the
/// caller forgets it after a refresh of the keys), and its lifetime is checked again on every use. Only valid tokens are stored,
/// <see cref="Capacity"/> at most: when full, the expired ones go, then, if none had expired, all of them.
/// </summary>
public sealed class ValidatedTokens
{
    public const int Capacity = 1_024;

    private readonly ConcurrentDictionary<string, ValidatedToken> _tokens = new(StringComparer.Ordinal);

    public int Count => _tokens.Count;

    /// <summary>The earlier verdict on exactly this token; it holds only while <see cref="ValidatedToken.IsCheckedAgainst"/> the current keys and <see cref="ValidatedToken.IsLive"/>.</summary>
    public ValidatedToken? Find(string token) => _tokens.GetValueOrDefault(token);

    public void Add(string token, ValidatedToken entry, DateTime now)
    {
        if (_tokens.Count >= Capacity)
        {
            foreach (var (key, value) in _tokens)
            {
                if (!value.IsLive(now, TimeSpan.Zero))
                {
                    _tokens.TryRemove(key, out _);
                }
            }

            if (_tokens.Count >= Capacity)
            {
                _tokens.Clear();
            }
        }

        _tokens[token] = entry;
    }

    public void Remove(string token) => _tokens.TryRemove(token, out _);
}
