using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>
/// A video's transcript, from the first place that has it: the bundled copy, the cache (this process's memory, then
/// Redis), or YouTube. Requests for the same transcript share one fetch in this process; a failure is remembered
/// briefly (YouTube:FailureCacheTtl), and fetches are limited per minute (YouTube:MaxFetchesPerMinute).
/// </summary>
public sealed class VideoTranscripts(
    CaptionFetcher fetcher,
    FetchRateLimiter limiter,
    TranscriptCache cache,
    BundledVideos bundled,
    IOptions<YouTubeOptions> options,
    BotMetrics metrics,
    ILogger<VideoTranscripts> logger)
{
    private const string CacheName = "youtube.transcript";

    private readonly YouTubeOptions _options = options.Value;

    /// <summary>The original transcript, or YouTube's translation of it into <paramref name="translateTo"/>.</summary>
    public async Task<TranscriptResult> GetAsync(VideoId id, string? translateTo, CancellationToken cancellationToken)
    {
        if (FromBundle(id, translateTo) is { } fromBundle)
        {
            YouTubeLog.Served(logger, id.Value, "the bundled copy");
            return TranscriptResult.Ok(fromBundle);
        }

        var sources = string.Join(',', _options.LanguageList);
        var result = await cache.GetOrFetchAsync(id, sources, translateTo, ct => FetchAsync(id, translateTo, ct), cancellationToken);
        var hit = result.Value?.FromCache == true;
        metrics.CacheLookup(CacheName, hit);
        if (hit)
        {
            var key = cache.Keys.Transcript(id, sources, translateTo);
            YouTubeLog.Served(logger, key, "the cache");
        }

        return result;
    }

    private VideoTranscript? FromBundle(VideoId id, string? translateTo)
    {
        if (bundled.FindOriginal(id) is not { } original)
        {
            return null;
        }

        return translateTo is null || CaptionTrackSelector.Matches(original.Transcript.Language, translateTo)
            ? original
            : bundled.Find(id, translateTo);
    }

    // Run once for every caller of this process waiting for the transcript; the HTTP timeout bounds it.
    private async Task<TranscriptResult> FetchAsync(VideoId id, string? translateTo, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            return TranscriptResult.Failed(VideoFailureKind.Busy, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var activity = BotTracing.Source.StartActivity("youtube.fetch");
        activity?.SetTag("llmtutorbot.video", id.Value);
        var fetched = await fetcher.FetchAsync(id, translateTo, cancellationToken);
        return fetched.Transcript is { } transcript ? TranscriptResult.Ok(transcript) : TranscriptResult.Failed(fetched.Failure!);
    }
}
