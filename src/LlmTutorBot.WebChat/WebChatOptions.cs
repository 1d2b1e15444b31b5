using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat;

/// <summary>The local web chat: the Direct Line endpoints under /v3/directline and the page at "/".</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Maps the Direct Line endpoints and the chat page; off, "/" is a plain page.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The channel secret. Unset: the page and Direct Line answer callers on this machine only (a loopback peer, no
    /// forwarding headers). Set: anyone may load the page, and tokens/generate needs "Authorization: Bearer {secret}"
    /// from every caller, loopback included (the page asks for it once). Never logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Opens token generation to anyone (an anonymous public chat): each conversation is rate-limited and LLM-budgeted
    /// per client IP (the Quotas user limits, keyed by address). Off by default.
    /// </summary>
    public bool Public { get; set; }

    /// <summary>
    /// Other sites allowed to call Direct Line from a browser (CORS), as origins such as "https://www.example.com".
    /// None by default; a request from any other origin is refused with 403 and gets no CORS headers.
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a Direct Line token is valid; every call checks it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation with no activity for this long is forgotten (history, tokens).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The history kept per conversation (user and bot activities); older ones are dropped.</summary>
    [Range(10, 10_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations held in memory at once; beyond it, starting one answers 503.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>Larger activity bodies are refused with 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;
}

[OptionsValidator]
public sealed partial class WebChatOptionsValidator : IValidateOptions<WebChatOptions>;
