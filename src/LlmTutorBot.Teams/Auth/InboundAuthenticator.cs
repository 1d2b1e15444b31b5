using System.Net;
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
/// With no app id, only loopback callers are accepted, unauthenticated.
/// </summary>
public sealed class InboundAuthenticator(
    SigningKeySource keySource,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotFrameworkCredentials> credentials,
    TimeProvider time)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Checks the Authorization header; the activity is checked afterwards by <see cref="Authorize"/>.</summary>
    public async Task<AuthOutcome> AuthenticateAsync(string? authorization, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsConfigured)
        {
            return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? AuthOutcome.Unauthenticated
                : AuthOutcome.Unauthorized("This bot has no MicrosoftAppId: it accepts unauthenticated activities from this machine only.");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            return AuthOutcome.Unauthorized("A Bearer token is required.");
        }

        var token = authorization[7..].Trim();
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
        if (!result.IsValid)
        {
            return AuthOutcome.Unauthorized($"The token was refused: {result.Exception?.GetType().Name ?? "invalid"}.");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        var endorsements = keys.Endorsements.TryGetValue(keyId, out var channels) ? channels : [];
        return new AuthOutcome(200, null, endorsements, serviceUrl);
    }

    /// <summary>Checks an authenticated token against the activity it came with.</summary>
    public static AuthOutcome Authorize(AuthOutcome outcome, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(activity);
        if (!outcome.Accepted || outcome.EndorsedChannels is null)
        {
            return outcome;
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

    private TokenValidationParameters Parameters(SigningKeys keys)
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
