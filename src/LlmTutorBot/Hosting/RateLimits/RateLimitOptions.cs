using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Hosting.RateLimits;

/// <summary>
/// Requests per minute each client IP may make to each group of public endpoints; beyond it, 429 with Retry-After.
/// 0 turns a group's limit off. Defaults are generous: a Bot Framework or Discord deployment receives every user's
/// messages from a few of the platform's addresses.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Off: no endpoint is limited.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Callers on this machine (127.0.0.0/8, ::1) are not limited; off by default so a local proxy is no loophole.</summary>
    public bool ExemptLoopback { get; set; }

    /// <summary>POST /api/messages (Teams through the Bot Framework Connector).</summary>
    [Range(0, 1_000_000)]
    public int BotFrameworkPermitsPerMinute { get; set; } = 6_000;

    /// <summary>POST /api/discord/interactions.</summary>
    [Range(0, 1_000_000)]
    public int DiscordPermitsPerMinute { get; set; } = 6_000;

    /// <summary>The web chat: Direct Line under /v3/directline and the page at "/".</summary>
    [Range(0, 1_000_000)]
    public int WebChatPermitsPerMinute { get; set; } = 600;

    /// <summary>GET /files/… (result files).</summary>
    [Range(0, 1_000_000)]
    public int FilesPermitsPerMinute { get; set; } = 300;

    /// <summary>/healthz and /readyz (probes call them every few seconds).</summary>
    [Range(0, 1_000_000)]
    public int HealthPermitsPerMinute { get; set; } = 600;

    /// <summary>The limit for a group, or 0 for none.</summary>
    public int PermitsPerMinute(RateLimitGroup group) => group switch
    {
        RateLimitGroup.BotFramework => BotFrameworkPermitsPerMinute,
        RateLimitGroup.Discord => DiscordPermitsPerMinute,
        RateLimitGroup.WebChat => WebChatPermitsPerMinute,
        RateLimitGroup.Files => FilesPermitsPerMinute,
        RateLimitGroup.Health => HealthPermitsPerMinute,
        _ => 0,
    };
}

[OptionsValidator]
public sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
