using System.Net.Http.Json;
using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Teams.Auth;

/// <summary>
/// Fetches the OpenID metadata and its JWKS, keeps them for <see cref="BotFrameworkOptions.KeyRefreshInterval"/>, and
/// fetches again early (at most every 5 minutes) when a token names a key it does not know, as after a key rollover.
/// A failed fetch keeps the keys it had.
/// </summary>
public sealed class SigningKeySource(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<SigningKeySource> logger)
    : IDisposable
{
    private static readonly TimeSpan MinimumForcedInterval = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private SigningKeys _keys = SigningKeys.Empty;

    public async Task<SigningKeys> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (!IsStale(keys) && (keyId is null || keys.Has(keyId) || !MayForce(keys)))
        {
            return keys;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            keys = _keys;
            if (!IsStale(keys) && (keyId is null || keys.Has(keyId) || !MayForce(keys)))
            {
                return keys;
            }

            _keys = await FetchAsync(cancellationToken) ?? keys;
            return _keys;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The name of the HttpClient it uses.</summary>
    public const string HttpClientName = "BotFramework.OpenId";

    public void Dispose() => _lock.Dispose();

    private bool IsStale(SigningKeys keys) => time.GetUtcNow() - keys.FetchedAt >= options.Value.KeyRefreshInterval;

    private bool MayForce(SigningKeys keys) => time.GetUtcNow() - keys.FetchedAt >= MinimumForcedInterval;

    private async Task<SigningKeys?> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        try
        {
            var metadata = await http.GetFromJsonAsync(options.Value.OpenIdMetadataUrl, BotFrameworkJsonContext.Default.OpenIdMetadata, cancellationToken);
            if (metadata?.JwksUri is not { Length: > 0 } jwksUri)
            {
                TeamsLog.SigningKeysUnavailable(logger, options.Value.OpenIdMetadataUrl, "the metadata has no jwks_uri");
                return null;
            }

            var document = await http.GetFromJsonAsync(jwksUri, BotFrameworkJsonContext.Default.JsonWebKeySetDocument, cancellationToken);
            var keys = new List<SecurityKey>();
            var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var element in document?.Keys ?? [])
            {
                var key = new JsonWebKey(element.GetRawText());
                if (string.IsNullOrEmpty(key.Kid))
                {
                    continue;
                }

                keys.Add(key);
                endorsements[key.Kid] = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                    ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                    : [];
            }

            TeamsLog.SigningKeysFetched(logger, keys.Count);
            return new SigningKeys(keys, endorsements, time.GetUtcNow());
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or ArgumentException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.SigningKeysUnavailable(logger, options.Value.OpenIdMetadataUrl, exception.Message);
            return null;
        }
    }
}
