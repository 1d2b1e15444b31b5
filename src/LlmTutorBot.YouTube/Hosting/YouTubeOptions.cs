using System.ComponentModel.DataAnnotations;
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

    /// <summary>An HTTP proxy for every YouTube request (hosts whose IP YouTube blocks need a residential one).</summary>
    public string? Proxy { get; set; }

    /// <summary>A Cookie header sent to YouTube ("name=value; name2=value2"), for hosts YouTube asks to sign in.</summary>
    public string? Cookies { get; set; }

    /// <summary>Caption languages to prefer when a video has several, comma-separated, first preferred.</summary>
    [Required]
    public string CaptionLanguages { get; set; } = "en";

    /// <summary>Longer videos are refused with an explanation.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long one YouTube request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a fetched transcript stays in Redis.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a fetch holds its lock; other requests for the same video wait at most this long for it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan FetchLockTimeout { get; set; } = TimeSpan.FromSeconds(60);

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

    public IReadOnlyList<string> LanguageList =>
        [.. CaptionLanguages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

[OptionsValidator]
public sealed partial class YouTubeOptionsValidator : IValidateOptions<YouTubeOptions>;
