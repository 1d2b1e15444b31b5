using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// Outbound tokens from every source Azure offers, against fakes on loopback: App Service's IDENTITY_ENDPOINT, the
/// instance metadata endpoint, and a certificate's client assertion; and a bot that cannot get one is not ready.
/// </summary>
public sealed class ConnectorCredentialTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"llmtutorbot-test-{Guid.NewGuid():N}.pfx");
    private X509Certificate2 _certificate = null!;
    private FakeIdentityEndpoints _fake = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=llmtutorbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await File.WriteAllBytesAsync(_pfx, created.Export(X509ContentType.Pfx, "pfx-password"), Cancel);
        _certificate = X509CertificateLoader.LoadCertificate(created.Export(X509ContentType.Cert));
        _fake = await FakeIdentityEndpoints.StartAsync(_certificate);
    }

    public async ValueTask DisposeAsync()
    {
        await _fake.DisposeAsync();
        _certificate.Dispose();
        File.Delete(_pfx);
    }

    [Fact]
    public async Task A_managed_identity_on_app_service_gets_its_token_from_identity_endpoint_with_the_identity_header()
    {
        using var tokens = Provider(MicrosoftAppType.UserAssignedMSI, identity: new ManagedIdentityEnvironment { IdentityEndpoint = $"{_fake.BaseUrl}msi/token", IdentityHeader = FakeIdentityEndpoints.IdentityHeader });

        var token = await tokens.GetTokenAsync(Cancel);

        Assert.Equal("app-service-token", token);
        Assert.Equal(["msi accepted"], _fake.Requests);
    }

    [Fact]
    public async Task Without_identity_endpoint_a_managed_identity_asks_the_instance_metadata_endpoint()
    {
        using var tokens = Provider(MicrosoftAppType.UserAssignedMSI);

        var token = await tokens.GetTokenAsync(Cancel);

        Assert.Equal("imds-token", token);
        Assert.Equal(["imds accepted"], _fake.Requests);
    }

    [Fact]
    public async Task A_refused_identity_header_gives_no_token_and_says_which_endpoint_refused()
    {
        using var tokens = Provider(MicrosoftAppType.UserAssignedMSI, identity: new ManagedIdentityEnvironment { IdentityEndpoint = $"{_fake.BaseUrl}msi/token", IdentityHeader = "wrong" });

        var token = await tokens.GetTokenAsync(Cancel);

        Assert.Null(token);
        Assert.Contains("IDENTITY_ENDPOINT", tokens.LastFailure, StringComparison.Ordinal);
        Assert.Contains("401", tokens.LastFailure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_tenant_app_with_a_certificate_signs_in_with_a_client_assertion_the_endpoint_verifies()
    {
        using var tokens = Provider(MicrosoftAppType.SingleTenant, certificatePath: _pfx, certificatePassword: "pfx-password");

        var token = await tokens.GetTokenAsync(Cancel);

        Assert.Equal("certificate-token", token);
        Assert.Equal(["assertion accepted"], _fake.Requests);
    }

    [Fact]
    public async Task A_client_assertion_signed_by_another_certificate_is_refused_by_the_endpoint()
    {
        using var rsa = RSA.Create(2048);
        using var other = new CertificateRequest("CN=someone-else", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var otherPfx = _pfx + ".other.pfx";
        await File.WriteAllBytesAsync(otherPfx, other.Export(X509ContentType.Pfx, "x"), Cancel);
        try
        {
            using var tokens = Provider(MicrosoftAppType.SingleTenant, certificatePath: otherPfx, certificatePassword: "x");

            var token = await tokens.GetTokenAsync(Cancel);

            Assert.Null(token);
            Assert.Equal(["assertion refused"], _fake.Requests);
        }
        finally
        {
            File.Delete(otherPfx);
        }
    }

    [Fact]
    public async Task A_wrong_pfx_password_gives_no_token_and_a_reason_naming_the_setting()
    {
        using var tokens = Provider(MicrosoftAppType.SingleTenant, certificatePath: _pfx, certificatePassword: "not-it");

        var token = await tokens.GetTokenAsync(Cancel);

        Assert.Null(token);
        Assert.Contains("BotFramework:CertificatePath", tokens.LastFailure, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_bot_that_cannot_get_a_token_is_not_ready_and_readyz_says_why()
    {
        await using var connector = await FakeBotFramework.StartAsync();
        await using var factory = TeamsHost.Create(
            redis.ConnectionString,
            connector,
            ("MicrosoftAppType", "UserAssignedMSI"),
            ("MicrosoftAppPassword", ""),
            ("IDENTITY_ENDPOINT", $"{_fake.BaseUrl}msi/token"),
            ("IDENTITY_HEADER", "wrong"));
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), Cancel);
        var body = await ready.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains(BotFrameworkTokenHealthCheck.Name, body, StringComparison.Ordinal);
        Assert.Contains("IDENTITY_ENDPOINT", body, StringComparison.Ordinal);
    }

    private ConnectorTokenProvider Provider(MicrosoftAppType type, ManagedIdentityEnvironment? identity = null, string? certificatePath = null, string? certificatePassword = null)
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        var httpClients = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = new BotFrameworkOptions
        {
            TokenEndpoint = $"{_fake.BaseUrl}{{tenant}}/token",
            ManagedIdentityEndpoint = $"{_fake.BaseUrl}imds/token",
            CertificatePath = certificatePath,
            CertificatePassword = certificatePassword,
        };
        var credentials = new BotFrameworkCredentials { MicrosoftAppId = FakeIdentityEndpoints.ClientId, MicrosoftAppType = type, MicrosoftAppTenantId = "tenant-1" };
        return new ConnectorTokenProvider(httpClients, Options.Create(options), Options.Create(credentials), Options.Create(identity ?? new ManagedIdentityEnvironment()), TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance);
    }
}
