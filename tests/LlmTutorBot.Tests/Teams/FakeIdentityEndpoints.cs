using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// Azure's token sources on loopback: App Service's managed identity endpoint (checks X-IDENTITY-HEADER and
/// api-version 2019-08-01), the VM instance metadata endpoint (checks Metadata: true), and an Entra ID token endpoint
/// that accepts only a client assertion signed by <see cref="Certificate"/> for the right client and audience.
/// </summary>
internal sealed class FakeIdentityEndpoints(WebApplication app, X509Certificate2 certificate) : IAsyncDisposable
{
    public const string IdentityHeader = "identity-header-for-tests";
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    public Uri BaseUrl { get; private set; } = null!;

    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>"{path} {what was refused or accepted}" per request.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<FakeIdentityEndpoints> StartAsync(X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeIdentityEndpoints(app, certificate);
        fake.Map(app);
        await app.StartAsync();
        var server = (IServer)app.Services.GetService(typeof(IServer))!;
        fake.BaseUrl = new Uri(server.Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private void Map(WebApplication web)
    {
        web.MapGet("/msi/token", (HttpContext http) =>
        {
            var query = http.Request.Query;
            var ok = http.Request.Headers["X-IDENTITY-HEADER"] == IdentityHeader && query["api-version"] == "2019-08-01" && query["client_id"] == ClientId && query["resource"] == "https://api.botframework.com";
            Requests.Enqueue($"msi {(ok ? "accepted" : "refused")}");
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return ok
                ? Results.Text($$"""{"access_token":"app-service-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{ClientId}}"}""", "application/json")
                : Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
        web.MapGet("/imds/token", (HttpContext http) =>
        {
            var ok = http.Request.Headers["Metadata"] == "true" && http.Request.Query["client_id"] == ClientId;
            Requests.Enqueue($"imds {(ok ? "accepted" : "refused")}");
            return ok
                ? Results.Text("""{"access_token":"imds-token","expires_in":"3599","token_type":"Bearer"}""", "application/json")
                : Results.StatusCode(StatusCodes.Status400BadRequest);
        });
        web.MapPost("/{tenant}/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync();
            var audience = $"{BaseUrl}{tenant}/token";
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
            {
                ValidIssuer = ClientId,
                ValidAudience = audience,
                IssuerSigningKey = new X509SecurityKey(Certificate),
                RequireSignedTokens = true,
                RequireExpirationTime = true,
            });
            var ok = result.IsValid
                && form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
                && form["client_id"] == ClientId
                && !form.ContainsKey("client_secret")
                && result.Claims.TryGetValue("sub", out var subject) && (string)subject == ClientId;
            Requests.Enqueue($"assertion {(ok ? "accepted" : "refused")}");
            return ok
                ? Results.Text("""{"token_type":"Bearer","expires_in":3600,"access_token":"certificate-token"}""", "application/json")
                : Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
    }
}
