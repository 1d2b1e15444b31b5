using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Net.Http.Json;
using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// The bearer token for Connector calls: client credentials with a secret or a certificate (SingleTenant,
/// MultiTenant), or a managed identity (UserAssignedMSI: App Service / Container Apps' IDENTITY_ENDPOINT when set,
/// else the VM instance metadata endpoint), cached and renewed five minutes before it expires. Null in local mode
/// (no app id) and when no token can be had: <see cref="LastFailure"/> then says why (the readiness check reports it)
/// and the Connector client sends nothing.
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<BotFrameworkOptions> options,
    IOptions<BotFrameworkCredentials> credentials,
    IOptions<ManagedIdentityEnvironment> managedIdentity,
    TimeProvider time,
    ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.Token";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;
    private X509Certificate2? _certificate;

    /// <summary>True when the bot has an app id: every Connector call must then carry a token.</summary>
    public bool IsRequired => credentials.Value.IsConfigured;

    /// <summary>Why the last attempt to get a token failed; null after a success.</summary>
    public string? LastFailure { get; private set; }

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

            LastFailure = null;
            _cached = fetched;
            return fetched.Value.Token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        _certificate?.Dispose();
    }

    private void Fail(string reason)
    {
        LastFailure = reason;
        TeamsLog.TokenUnavailable(logger, reason);
    }

    private async Task<(string Token, DateTimeOffset RenewAt)?> FetchAsync(CancellationToken cancellationToken)
    {
        var app = credentials.Value;
        var http = httpClients.CreateClient(HttpClientName);
        var (source, requestFactory) = app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            ? managedIdentity.Value.IsAppService
                ? ("the App Service managed identity endpoint (IDENTITY_ENDPOINT)", (Func<HttpRequestMessage>)(() => AppServiceRequest(app)))
                : ("the instance metadata endpoint (BotFramework:ManagedIdentityEndpoint)", () => ManagedIdentityRequest(app))
            : ("the token endpoint (BotFramework:TokenEndpoint)", () => ClientCredentialsRequest(app));
        try
        {
            using var request = requestFactory();
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"{source} answered HTTP {(int)response.StatusCode}");
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync(BotFrameworkJsonContext.Default.TokenResponse, cancellationToken);
            if (body?.AccessToken is not { Length: > 0 } token)
            {
                Fail($"the answer of {source} has no access_token");
                return null;
            }

            var expiresOn = Seconds(body.ExpiresOn) is { } epoch ? DateTimeOffset.FromUnixTimeSeconds((long)epoch) - time.GetUtcNow() : (TimeSpan?)null;
            var lifetime = Seconds(body.ExpiresIn) is { } seconds ? TimeSpan.FromSeconds(seconds) : expiresOn is { } left && left > TimeSpan.Zero ? left : TimeSpan.FromHours(1);
            var renewIn = lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2;
            return (token, time.GetUtcNow() + renewIn);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Fail($"{source} could not be reached ({exception.GetType().Name})");
            return null;
        }
        catch (InvalidOperationException exception)
        {
            Fail(exception.Message);
            return null;
        }
    }

    private HttpRequestMessage ClientCredentialsRequest(BotFrameworkCredentials app)
    {
        var tenant = app.MicrosoftAppType == MicrosoftAppType.MultiTenant || string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId)
            ? "botframework.com"
            : app.MicrosoftAppTenantId;
        var url = options.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        _certificate ??= CertificateLoader.Load(options.Value);
        KeyValuePair<string, string>[] secret = _certificate is null
            ? [new("client_secret", app.MicrosoftAppPassword ?? "")]
            : [new("client_assertion_type", ClientAssertion.Type), new("client_assertion", ClientAssertion.Create(_certificate, app.MicrosoftAppId!, url, time.GetUtcNow()))];
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", app.MicrosoftAppId!),
                .. secret,
                new("scope", options.Value.Scope),
            ]),
        };
    }

    /// <summary>App Service and Container Apps: GET IDENTITY_ENDPOINT, api-version 2019-08-01, X-IDENTITY-HEADER.</summary>
    private HttpRequestMessage AppServiceRequest(BotFrameworkCredentials app)
    {
        var identity = managedIdentity.Value;
        var resource = options.Value.Scope.Replace("/.default", "", StringComparison.Ordinal);
        var separator = identity.IdentityEndpoint!.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var url = $"{identity.IdentityEndpoint}{separator}api-version=2019-08-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(app.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-IDENTITY-HEADER", identity.IdentityHeader);
        return request;
    }

    private HttpRequestMessage ManagedIdentityRequest(BotFrameworkCredentials app)
    {
        var resource = options.Value.Scope.Replace("/.default", "", StringComparison.Ordinal);
        var url = $"{options.Value.ManagedIdentityEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(app.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        return request;
    }

    /// <summary>expires_in / expires_on: a number from Entra ID, a string from the managed identity endpoints.</summary>
    private static double? Seconds(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
