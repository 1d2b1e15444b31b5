namespace LlmTutorBot.Teams.Hosting;

/// <summary>
/// The bot's Azure identity, read from the top-level keys every Bot Framework user knows (MicrosoftAppId,
/// MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType), so existing settings and Azure templates carry over.
/// With no app id the bot accepts unauthenticated activities from loopback only (local tools) and sends unauthenticated.
/// </summary>
public sealed class BotFrameworkCredentials
{
    /// <summary>The top-level configuration keys this class reads.</summary>
    public static IReadOnlyList<string> Keys { get; } = [nameof(MicrosoftAppId), nameof(MicrosoftAppPassword), nameof(MicrosoftAppTenantId), nameof(MicrosoftAppType)];

    /// <summary>The bot's app (client) id: the audience of inbound tokens. Empty: local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret, for SingleTenant and MultiTenant. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a SingleTenant app.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
