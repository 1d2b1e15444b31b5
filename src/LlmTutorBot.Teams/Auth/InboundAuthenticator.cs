using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Teams.Auth;

/// <summary>
/// Checks the Connector's JWT on /api/messages (PROTOCOLS §2.2): issuer, audience = MicrosoftAppId, lifetime with
/// the configured skew, an RS256/384/512 signature by a published key; then that the key is endorsed for the
/// activity's channel (else 403) and that the serviceurl claim is the activity's serviceUrl.
/// With no app id, activities are accepted unauthenticated only when BotFramework:AllowUnauthenticatedLocal allows it,
/// from a direct loopback caller (no forwarding headers), and only with a loopback serviceUrl.
/// A token that passed is remembered (<see cref="ValidatedTokens"/>): the same token again costs a lookup and a new
/// lifetime check instead of a parse and an RSA verification; the activity checks run every time.
/// </summary>
public sealed class InboundAuthenticator(
    SigningKeySource keySource,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotFrameworkCredentials> credentials,
    TimeProvider time)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ValidatedTokens _validated = new();
    // One reference, replaced whole: a reader never pairs one key set with another's parameters.
    private Tuple<SigningKeys, TokenValidationParameters>? _parameters;

    /// <summary>Checks the Authorization header; the activity is checked afterwards by <see cref="Authorize"/>.</summary>
    /// <param name="authorization">The Authorization header, if any.</param>
    /// <param name="directLoopback">The caller is on this machine and no proxy forwarded the request.</param>
    /// <param name="cancellationToken">Cancels fetching the signing keys.</param>
    public async Task<AuthOutcome> AuthenticateAsync(string? authorization, bool directLoopback, CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsConfigured)
        {
            if (options.Value.AllowUnauthenticatedLocal != true)
            {
                return AuthOutcome.Unauthorized("This bot has no MicrosoftAppId: set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (see docs/teams.md), or BotFramework:AllowUnauthenticatedLocal=true to let local tools on this machine talk to it unauthenticated.");
            }

            return directLoopback
                ? AuthOutcome.Unauthenticated
                : AuthOutcome.Unauthorized("This bot has no MicrosoftAppId: it accepts unauthenticated activities only from this machine, sent directly (not through a proxy: no Forwarded or X-Forwarded-* headers).");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            return AuthOutcome.Unauthorized("A Bearer token is required.");
        }

        var token = authorization[7..].Trim();
        if (_validated.Find(token) is { } known)
        {
            if (known.IsCheckedAgainst(await keySource.GetAsync(known.KeyId, cancellationToken)) && known.IsLive(time.GetUtcNow().UtcDateTime, options.Value.ClockSkew))
            {
                return Accept(known);
            }

            _validated.Remove(token);
        }

        string? keyId;
        try
        {
            keyId = _handler.CanReadToken(token) ? new JsonWebToken(token).Kid : null;
        }
        catch (ArgumentException)
        {
            keyId = null;
        }

        if (keyId is null)
        {
            return AuthOutcome.Unauthorized("The token is not a signed JWT with a key id.");
        }

        var keys = await keySource.GetAsync(keyId, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(keys));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return AuthOutcome.Unauthorized($"The token was refused: {result.Exception?.GetType().Name ?? "invalid"}.");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        var entry = new ValidatedToken(keys, keyId, validated.ValidFrom == DateTime.MinValue ? null : validated.ValidFrom, validated.ValidTo, serviceUrl);
        _validated.Add(token, entry, time.GetUtcNow().UtcDateTime);
        return Accept(entry);
    }

    /// <summary>An accepted token: the activity must then come from a channel its key is endorsed for, and from its serviceurl.</summary>
    private static AuthOutcome Accept(ValidatedToken token) =>
        new(200, null, token.Keys.Endorsements.TryGetValue(token.KeyId, out var channels) ? channels : [], token.ServiceUrl);

    /// <summary>Checks an authenticated token against the activity it came with.</summary>
    public static AuthOutcome Authorize(AuthOutcome outcome, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(activity);
        if (!outcome.Accepted)
        {
            return outcome;
        }

        if (outcome.EndorsedChannels is null)
        {
            // Unauthenticated (local mode): the bot may only reply to an address on this machine.
            return LoopbackCaller.IsLoopbackUrl(activity.ServiceUrl)
                ? outcome
                : AuthOutcome.Forbidden($"Without a MicrosoftAppId the bot only replies to a serviceUrl on this machine (http://localhost or 127.0.0.1), not '{activity.ServiceUrl}'.");
        }

        if (activity.ChannelId is not { Length: > 0 } channel || !outcome.EndorsedChannels.Contains(channel, StringComparer.OrdinalIgnoreCase))
        {
            return AuthOutcome.Forbidden($"The signing key is not endorsed for the channel '{activity.ChannelId}'.");
        }

        if (outcome.ServiceUrl is null || !string.Equals(outcome.ServiceUrl.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Unauthorized("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return outcome;
    }

    /// <summary>The validation parameters, made once per set of signing keys.</summary>
    private TokenValidationParameters Parameters(SigningKeys keys)
    {
        if (_parameters is { } made && ReferenceEquals(made.Item1, keys))
        {
            return made.Item2;
        }

        var parameters = NewParameters(keys);
        _parameters = Tuple.Create(keys, parameters);
        return parameters;
    }

    private TokenValidationParameters NewParameters(SigningKeys keys)
    {
        var skew = options.Value.ClockSkew;
        return new TokenValidationParameters
        {
            ValidIssuer = options.Value.Issuer,
            ValidAudience = credentials.Value.MicrosoftAppId,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            // The key must be the one the token names: a token naming an unpublished key is refused (401), not
            // verified against every published key and then found unendorsed (403).
            TryAllIssuerSigningKeys = false,
            ClockSkew = skew,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && now <= end.ToUniversalTime() + skew && (notBefore is not { } start || now >= start.ToUniversalTime() - skew);
            },
        };
    }
}
