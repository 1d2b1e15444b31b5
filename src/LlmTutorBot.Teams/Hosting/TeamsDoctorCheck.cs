using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>
/// Teams: a Connector token with the configured credentials (what every reply needs) and the OpenID metadata with its
/// signing keys (what every inbound activity is checked against).
/// </summary>
public sealed class TeamsDoctorCheck(
    IOptions<BotFrameworkCredentials> credentials,
    IOptions<BotFrameworkOptions> options,
    ConnectorTokenProvider tokens,
    SigningKeySource signingKeys) : IDoctorCheck
{
    public int Order => 30;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var app = credentials.Value;
        if (!app.IsConfigured)
        {
            return [DoctorFinding.NotConfigured("Teams", "MicrosoftAppId is empty: /api/messages accepts unauthenticated activities from this machine only")];
        }

        var tokenEndpoint = Host(app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI ? options.Value.ManagedIdentityEndpoint : options.Value.TokenEndpoint);
        var token = await tokens.GetTokenAsync(cancellationToken);
        var tokenFinding = token is not null
            ? DoctorFinding.Pass("Teams token", $"{tokenEndpoint} gave a Connector token to app {app.MicrosoftAppId} ({app.MicrosoftAppType})")
            : DoctorFinding.Fail(
                "Teams token",
                $"{tokenEndpoint} gave no Connector token to app {app.MicrosoftAppId} ({app.MicrosoftAppType}); the reason is logged above",
                app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
                    ? "check that the managed identity is assigned to this host and that MicrosoftAppId is its client id"
                    : "check MicrosoftAppId, MicrosoftAppPassword (secrets expire) and MicrosoftAppTenantId against the app registration");

        var keys = await signingKeys.GetAsync(keyId: null, cancellationToken);
        var metadata = Host(options.Value.OpenIdMetadataUrl);
        var keysFinding = keys.Keys.Count > 0
            ? DoctorFinding.Pass("Teams OpenID metadata", $"{metadata} published {keys.Keys.Count} signing key{(keys.Keys.Count == 1 ? "" : "s")}")
            : DoctorFinding.Fail("Teams OpenID metadata", $"no signing keys from {metadata}: inbound activities would all be refused", "check BotFramework:OpenIdMetadataUrl and that this host reaches it");
        return [tokenFinding, keysFinding];
    }

    private static string Host(string url) => Uri.TryCreate(url.Replace("{tenant}", "tenant", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Authority : url;
}
