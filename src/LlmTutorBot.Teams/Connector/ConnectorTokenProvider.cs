using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// The bearer token for Connector calls: client credentials (SingleTenant, MultiTenant) or the managed identity
/// endpoint (UserAssignedMSI), cached and renewed five minutes before it expires. Null in local mode (no app id),
/// and when the token endpoint fails (the call then goes out without one and is refused; the failure is logged).
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotFrameworkCredentials> credentials,
    TimeProvider time,
    ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.Token";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsConfigured)
        {
            return null;
        }

        if (_cached is { } cached && time.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && time.GetUtcNow() < again.RenewAt)
            {
                return again.Token;
            }

            var fetched = await FetchAsync(cancellationToken);
            if (fetched is null)
            {
                return null;
            }

            _cached = fetched;
            return fetched.Value.Token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<(string Token, DateTimeOffset RenewAt)?> FetchAsync(CancellationToken cancellationToken)
    {
        var app = credentials.Value;
        var http = httpClients.CreateClient(HttpClientName);
        try
        {
            using var request = app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI ? ManagedIdentityRequest(app) : ClientCredentialsRequest(app);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                TeamsLog.TokenUnavailable(logger, $"HTTP {(int)response.StatusCode}");
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync(BotFrameworkJsonContext.Default.TokenResponse, cancellationToken);
            if (body?.AccessToken is not { Length: > 0 } token)
            {
                TeamsLog.TokenUnavailable(logger, "the answer has no access_token");
                return null;
            }

            var lifetime = TimeSpan.FromSeconds(Seconds(body.ExpiresIn) ?? 3600);
            var renewIn = lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2;
            return (token, time.GetUtcNow() + renewIn);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.TokenUnavailable(logger, exception.GetType().Name);
            return null;
        }
    }

    private HttpRequestMessage ClientCredentialsRequest(BotFrameworkCredentials app)
    {
        var tenant = app.MicrosoftAppType == MicrosoftAppType.MultiTenant || string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId)
            ? "botframework.com"
            : app.MicrosoftAppTenantId;
        var url = options.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", app.MicrosoftAppId!),
                new("client_secret", app.MicrosoftAppPassword ?? ""),
                new("scope", options.Value.Scope),
            ]),
        };
    }

    private HttpRequestMessage ManagedIdentityRequest(BotFrameworkCredentials app)
    {
        var resource = options.Value.Scope.Replace("/.default", "", StringComparison.Ordinal);
        var url = $"{options.Value.ManagedIdentityEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(app.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        return request;
    }

    /// <summary>expires_in is a number from Entra ID and a string from the managed identity endpoint.</summary>
    private static double? Seconds(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
