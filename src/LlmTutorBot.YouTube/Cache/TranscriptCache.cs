using System.Text.Json;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>
/// Transcripts in Redis with a TTL, and a fetch lock (SET NX PX, commands Redis 7 and Garnet share) so one process
/// fetches a video while the others wait for its entry. Redis being down degrades to fetching without the cache.
/// </summary>
public sealed class TranscriptCache(RedisConnection redis, YouTubeKeys keys, IOptions<YouTubeOptions> options, ILogger<TranscriptCache> logger)
{
    private readonly YouTubeOptions _options = options.Value;

    public async Task<VideoTranscript?> GetAsync(RedisKey key)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            var value = await db.StringGetAsync(key);
            return value.IsNullOrEmpty ? null : FromJson(value.ToString());
        }
        catch (Exception e) when (e is RedisException or JsonException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
            return null;
        }
    }

    public async Task SetAsync(RedisKey key, VideoTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        try
        {
            var db = await redis.GetDatabaseAsync();
            await db.StringSetAsync(key, ToJson(transcript), _options.CacheTtl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
        }
    }

    /// <summary>A failure remembered for this transcript, or null.</summary>
    public async Task<VideoFailure?> GetFailureAsync(RedisKey key)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            var value = await db.StringGetAsync(key);
            return value.IsNullOrEmpty
                ? null
                : JsonSerializer.Deserialize(value.ToString(), YouTubeJsonContext.Default.CachedFailure) is { } cached ? new VideoFailure(cached.Kind, cached.Detail) : null;
        }
        catch (Exception e) when (e is RedisException or JsonException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
            return null;
        }
    }

    /// <summary>Remembers a failure for <see cref="YouTubeOptions.FailureCacheTtl"/> (nothing when it is zero).</summary>
    public async Task SetFailureAsync(RedisKey key, VideoFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (_options.FailureCacheTtl <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            var db = await redis.GetDatabaseAsync();
            await db.StringSetAsync(key, JsonSerializer.Serialize(new CachedFailure(failure.Kind, failure.Detail), YouTubeJsonContext.Default.CachedFailure), _options.FailureCacheTtl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
        }
    }

    /// <summary>True when this caller now holds the lock (or Redis is down, so there is nothing to coordinate).</summary>
    public async Task<bool> TryLockAsync(RedisKey key, string token)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            return await db.StringSetAsync(key, token, _options.FetchLockTimeout, When.NotExists);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
            return true;
        }
    }

    public async Task UnlockAsync(RedisKey key, string token)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            if (await db.StringGetAsync(key) == token)
            {
                await db.KeyDeleteAsync(key);
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            YouTubeLog.CacheUnavailable(logger, e);
        }
    }

    public YouTubeKeys Keys => keys;

    internal static string ToJson(VideoTranscript transcript) => JsonSerializer.Serialize(
        new CachedTranscript(
            transcript.Metadata.Id.Value,
            transcript.Metadata.Title,
            transcript.Metadata.Channel,
            (long)transcript.Metadata.Duration.TotalSeconds,
            transcript.Notes.Count == 0 ? null : transcript.Notes,
            TranscriptJson.From(transcript.Transcript)),
        YouTubeJsonContext.Default.CachedTranscript);

    internal static VideoTranscript? FromJson(string json)
    {
        var cached = JsonSerializer.Deserialize(json, YouTubeJsonContext.Default.CachedTranscript);
        if (cached is null || !Links.VideoId.TryParse(cached.VideoId, out var id))
        {
            return null;
        }

        var metadata = new VideoMetadata(id, cached.Title, cached.Channel, TimeSpan.FromSeconds(cached.DurationSeconds));
        return new VideoTranscript(metadata, cached.Transcript.ToTranscript()) { Notes = cached.Notes ?? [], FromCache = true };
    }
}
