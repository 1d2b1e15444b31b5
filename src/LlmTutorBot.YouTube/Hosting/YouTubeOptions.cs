using System.ComponentModel.DataAnnotations;
using LlmTutorBot.YouTube.Client;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>Where and how the bot reads YouTube captions, and how long it keeps them.</summary>
public sealed class YouTubeOptions
{
    public const string SectionName = "YouTube";

    /// <summary>YouTube's origin; tests point it at a fake on loopback. Caption URLs are rewritten onto it.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://www.youtube.com";

    /// <summary>
    /// An HTTP proxy for every YouTube request, "http://host:port" or "http://user:pass@host:port" (URL-encoded
    /// credentials; hosts whose IP YouTube blocks need a residential one).
    /// </summary>
    public string? Proxy { get; set; }

    /// <summary>
    /// A Cookie header sent to YouTube ("name=value; name2=value2"), for hosts YouTube asks to sign in; only clients
    /// with AcceptsCookies get it.
    /// </summary>
    public string? Cookies { get; set; }

    /// <summary>
    /// The InnerTube clients to ask, in order, until one gives captions (see <see cref="InnerTubeClientProfile"/>).
    /// Absent: the built-in list (<see cref="InnerTubeClientProfiles.Defaults"/>). Checked at start-up by
    /// <see cref="YouTubeClientsValidator"/>.
    /// </summary>
    public List<InnerTubeClientProfile>? Clients { get; set; }

    /// <summary>The built-in <see cref="Clients"/>.</summary>
    public static IReadOnlyList<InnerTubeClientProfile> DefaultClients => InnerTubeClientProfiles.Defaults;

    /// <summary>How many times a YouTube request is repeated after a 5xx answer or a timeout (with backoff and jitter).</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry waits about this long (times 0.5 to 1.5), each next one twice as long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>At most this many videos are fetched from YouTube per minute by this process; above it users are asked to wait.</summary>
    [Range(1, 10_000)]
    public int MaxFetchesPerMinute { get; set; } = 30;

    /// <summary>How long a failure (private, unavailable, no captions, refused…) is remembered per video; 0 turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FailureCacheTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Caption languages to prefer when a video has several, comma-separated, first preferred.</summary>
    [Required]
    public string CaptionLanguages { get; set; } = "en";

    /// <summary>Longer videos are refused with an explanation.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long one YouTube request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a fetched transcript stays in Redis (and at most an hour in each process's memory).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Deprecated alias of Bot:PublicBaseUrl, read only when Bot:PublicBaseUrl is empty (a warning says so at
    /// start-up): the bot's public address, where result files are linked at {address}/files/{id}/{name}.
    /// </summary>
    [Url]
    public string? FilesBaseUrl { get; set; }

    /// <summary>How long a result file stays downloadable at its link.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FileTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Hosts the bot downloads attached .srt/.vtt files from, comma-separated (the platforms' file servers); a file
    /// anywhere else is refused, so an attachment cannot make the bot fetch an arbitrary address. "*.example.com"
    /// allows the subdomains of example.com: Teams hands files sent in personal chat over as OneDrive/SharePoint
    /// download URLs ("*.sharepoint.com").
    /// </summary>
    public string AttachmentHosts { get; set; } = "cdn.discordapp.com,media.discordapp.net,*.sharepoint.com";

    /// <summary>Larger attached subtitle files are refused.</summary>
    [Range(1_000, 50_000_000)]
    public int MaxAttachmentBytes { get; set; } = 2_000_000;

    /// <summary>
    /// With an LLM: the most transcript tokens one summary call reads. Bigger chunks mean fewer calls and less prompt
    /// overhead; the model's context bounds it too.
    /// </summary>
    [Range(500, 1_000_000)]
    public int LlmSummaryChunkTokens { get; set; } = 16_000;

    /// <summary>With an LLM: the most transcript tokens one translation call reads (its answer is about as long).</summary>
    [Range(200, 100_000)]
    public int LlmTranslationChunkTokens { get; set; } = 3_000;

    /// <summary>With an LLM: how many lines of the previous chunk, with their translation, a translation call sees as context.</summary>
    [Range(0, 20)]
    public int LlmTranslationOverlap { get; set; } = 2;

    /// <summary>How long an LLM summary or translation stays in Redis, so the same request costs no tokens.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan LlmResultTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The clients to ask: <see cref="Clients"/> when configured, else the built-in list.</summary>
    public IReadOnlyList<InnerTubeClientProfile> ClientList => Clients is { Count: > 0 } clients ? clients : DefaultClients;

    public IReadOnlyList<string> LanguageList =>
        [.. CaptionLanguages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

[OptionsValidator]
public sealed partial class YouTubeOptionsValidator : IValidateOptions<YouTubeOptions>;
