namespace LlmTutorBot.Teams.Hosting;

/// <summary>How the bot's Azure identity is registered, as in the Bot Framework's MicrosoftAppType setting.</summary>
public enum MicrosoftAppType
{
    /// <summary>An app registration in one tenant (MicrosoftAppTenantId); the default for new bots.</summary>
    SingleTenant,

    /// <summary>A multi-tenant app registration (tokens from the botframework.com tenant); deprecated for new bots since 2025-07-31.</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity (MicrosoftAppId is its client id; no password).</summary>
    UserAssignedMSI,
}
