using System.Collections.Concurrent;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>
/// A video's transcript, from the first place that has it: the bundled copy, the Redis cache, or YouTube. Requests
/// for the same transcript share one fetch in this process, and a Redis lock makes other processes wait for it. A
/// failure is remembered briefly (YouTube:FailureCacheTtl), and fetches are limited per minute (YouTube:MaxFetchesPerMinute).
/// </summary>
public sealed class VideoTranscripts(
    CaptionFetcher fetcher,
    FetchRateLimiter limiter,
    TranscriptCache cache,
    BundledVideos bundled,
    IOptions<YouTubeOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<VideoTranscripts> logger)
{
    private const string CacheName = "youtube.transcript";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Lazy<Task<TranscriptResult>>> _inFlight = new(StringComparer.Ordinal);
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
        var key = cache.Keys.Transcript(id, sources, translateTo);
        var keyText = key.ToString();
        if (await cache.GetAsync(key) is { } cached)
        {
            metrics.CacheLookup(CacheName, hit: true);
            YouTubeLog.Served(logger, keyText, "the cache");
            return TranscriptResult.Ok(cached);
        }

        metrics.CacheLookup(CacheName, hit: false);
        var shared = _inFlight.GetOrAdd(keyText, _ => new Lazy<Task<TranscriptResult>>(() => FetchOnceAsync(id, sources, translateTo)));
        try
        {
            return await shared.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<TranscriptResult>>>(keyText, shared));
        }
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

    // Shared by every caller of this process, so no single caller's cancellation stops it; the HTTP timeout bounds it.
    private async Task<TranscriptResult> FetchOnceAsync(VideoId id, string sources, string? translateTo)
    {
        var key = cache.Keys.Transcript(id, sources, translateTo);
        var failureKey = cache.Keys.Failure(id, sources, translateTo);
        if (await cache.GetFailureAsync(failureKey) is { } known)
        {
            YouTubeLog.Served(logger, id.Value, "the failure cache");
            return TranscriptResult.Failed(known);
        }

        var lockKey = cache.Keys.FetchLock(id, sources, translateTo);
        var token = Guid.NewGuid().ToString("N");
        if (!await cache.TryLockAsync(lockKey, token))
        {
            if (await WaitForOtherFetchAsync(key) is { } fetchedElsewhere)
            {
                return TranscriptResult.Ok(fetchedElsewhere);
            }
        }

        try
        {
            TranscriptResult result;
            using (var activity = BotTracing.Source.StartActivity("youtube.fetch"))
            {
                activity?.SetTag("llmtutorbot.video", id.Value);
                result = await FetchAsync(id, translateTo, CancellationToken.None);
            }

            if (result.Value is { } value)
            {
                await cache.SetAsync(key, value);
            }
            else
            {
                YouTubeLog.Refused(logger, id.Value, result.Failure!.Kind.ToString(), result.Failure.Detail);
                if (result.Failure.Kind != VideoFailureKind.Busy)
                {
                    await cache.SetFailureAsync(failureKey, result.Failure);
                }
            }

            return result;
        }
        finally
        {
            await cache.UnlockAsync(lockKey, token);
        }
    }

    private async Task<VideoTranscript?> WaitForOtherFetchAsync(RedisKey key)
    {
        var deadline = time.GetUtcNow() + _options.FetchLockTimeout;
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, time);
            if (await cache.GetAsync(key) is { } cached)
            {
                return cached;
            }
        }

        return null;
    }

    private async Task<TranscriptResult> FetchAsync(VideoId id, string? translateTo, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            return TranscriptResult.Failed(VideoFailureKind.Busy, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var fetched = await fetcher.FetchAsync(id, translateTo, cancellationToken);
        return fetched.Transcript is { } transcript ? TranscriptResult.Ok(transcript) : TranscriptResult.Failed(fetched.Failure!);
    }
}
