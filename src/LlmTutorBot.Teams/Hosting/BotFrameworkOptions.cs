using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>The Bot Framework endpoints and the limits of /api/messages. Tests point every URL at loopback fakes.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Where the Connector's signing keys are published (OpenID configuration).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the Connector's tokens.</summary>
    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>The OAuth token endpoint for outbound calls; "{tenant}" becomes the tenant id (or botframework.com for MultiTenant).</summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The scope asked for outbound tokens.</summary>
    [Required]
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// The VM instance metadata endpoint, for MicrosoftAppType UserAssignedMSI where App Service / Container Apps'
    /// IDENTITY_ENDPOINT and IDENTITY_HEADER are not set (those, when set, are used instead).
    /// </summary>
    [Required]
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>
    /// A PFX file holding the app's certificate and private key: SingleTenant and MultiTenant bots then sign in with a
    /// client assertion signed by it instead of MicrosoftAppPassword.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password. Never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Instead of a file, the SHA-1 thumbprint of a certificate in the personal store (CurrentUser, then LocalMachine).</summary>
    public string? CertificateThumbprint { get; set; }

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);

    /// <summary>
    /// With no MicrosoftAppId, accept unauthenticated activities from local tools (the Agents Playground): only from a
    /// loopback peer with no forwarding headers, and only with a loopback serviceUrl. Unset: true in the Development
    /// environment only. False: with no app id, /api/messages answers 401 saying what to set.
    /// </summary>
    public bool? AllowUnauthenticatedLocal { get; set; }

    /// <summary>How long the signing keys are kept before they are fetched again (at most a day, as the Bot Framework asks).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Tolerance on the tokens' lifetimes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Larger request bodies are refused with 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longer reply texts are split over several messages (Teams allows about 100 KB per message, cards included).</summary>
    [Range(500, 40_000)]
    public int MaxMessageLength { get; set; } = 20_000;

    /// <summary>The progress message is edited at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ProgressUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An activity delivered again within this time (same id) is answered once, across replicas.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries of a Connector call answered 429, 412, 502 or 504.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay, doubled each time, with random jitter; a Retry-After header wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Turns waiting for a worker; beyond it /api/messages answers 503.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>Turns processed at the same time in the background.</summary>
    [Range(1, 256)]
    public int MaxConcurrentTurns { get; set; } = 16;

    /// <summary>
    /// In personal chat, a streamed answer is updated at most this often. Teams throttles faster streams and asks
    /// bots to buffer the model's tokens for 1.5 to 2 seconds (learn.microsoft.com, "Stream bot messages").
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:10")]
    public TimeSpan StreamingInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Hosts the bot uploads accepted files to (the uploadUrl of a fileConsent/invoke), comma-separated; "*.example.com"
    /// allows subdomains. Teams gives OneDrive for Business addresses (*.sharepoint.com); any other is refused.
    /// </summary>
    [Required]
    public string FileUploadHosts { get; set; } = "*.sharepoint.com";

    /// <summary>How long an offered file (FileConsentCard) waits in Redis for the user's answer.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FileOfferTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long the ids of the bot's answers are remembered (feedback on them is accepted that long), and how long
    /// the stored feedback list lives after its last entry.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan FeedbackTtl { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The most feedback entries kept; older ones are dropped.</summary>
    [Range(10, 1_000_000)]
    public int MaxFeedback { get; set; } = 10_000;
}

[OptionsValidator]
public sealed partial class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>;
