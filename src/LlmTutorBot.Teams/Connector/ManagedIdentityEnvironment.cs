using Microsoft.Extensions.Configuration;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// The managed identity endpoint App Service and Container Apps give a process, through the environment variables
/// they set (IDENTITY_ENDPOINT, IDENTITY_HEADER). Both set: the bot asks that endpoint; otherwise the VM instance
/// metadata endpoint (BotFramework:ManagedIdentityEndpoint). Tests set them as settings.
/// </summary>
public sealed class ManagedIdentityEnvironment
{
    [ConfigurationKeyName("IDENTITY_ENDPOINT")]
    public string? IdentityEndpoint { get; set; }

    /// <summary>The secret the endpoint expects in X-IDENTITY-HEADER. Never logged.</summary>
    [ConfigurationKeyName("IDENTITY_HEADER")]
    public string? IdentityHeader { get; set; }

    public bool IsAppService => !string.IsNullOrWhiteSpace(IdentityEndpoint) && !string.IsNullOrWhiteSpace(IdentityHeader);
}
