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
/// for the same transcript share one fetch in this process, and a Redis lock makes other processes wait for it.
/// </summary>
public sealed class VideoTranscripts(
    YouTubeClient client,
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
        var player = await client.GetPlayerAsync(id, cancellationToken);
        if (player.Info is not { } info)
        {
            return TranscriptResult.Failed(player.Failure!);
        }

        if (info.Metadata.Duration > _options.MaxDuration)
        {
            return TranscriptResult.Failed(VideoFailureKind.TooLong, $"{info.Metadata.Duration} > {_options.MaxDuration}");
        }

        var choice = CaptionTrackSelector.Select(info.Tracks, _options.LanguageList);
        foreach (var skipped in choice.Skipped)
        {
            YouTubeLog.TrackSkipped(logger, id.Value, skipped.Track.LanguageCode, skipped.Reason);
        }

        if (choice.Track is not { } track)
        {
            return choice.Skipped.Count > 0
                ? TranscriptResult.Failed(VideoFailureKind.PoTokenRequired, choice.Skipped[0].Reason)
                : TranscriptResult.Failed(VideoFailureKind.NoCaptions);
        }

        var translate = translateTo is not null && !CaptionTrackSelector.Matches(track.LanguageCode, translateTo);
        if (translate && !track.IsTranslatable)
        {
            return TranscriptResult.Failed(VideoFailureKind.NotTranslatable, track.LanguageCode);
        }

        var captions = await client.GetCaptionsAsync(id, track, translate ? translateTo : null, cancellationToken);
        if (captions.Segments is not { } segments)
        {
            return TranscriptResult.Failed(captions.Failure!);
        }

        if (segments.Count == 0)
        {
            return TranscriptResult.Failed(VideoFailureKind.NoCaptions, "The track is empty.");
        }

        var transcript = new Transcript
        {
            Language = translate ? translateTo! : track.LanguageCode,
            Source = translate ? TranscriptSource.YouTubeTranslation : track.IsGenerated ? TranscriptSource.AutoCaptions : TranscriptSource.Captions,
            TranslatedFrom = translate ? track.LanguageCode : null,
            Segments = segments,
        };
        var notes = choice.Skipped.Select(s => $"{s.Track.Name} ({s.Track.LanguageCode}): {s.Reason}").ToList();
        return TranscriptResult.Ok(new VideoTranscript(info.Metadata, transcript) { Notes = notes });
    }
}
