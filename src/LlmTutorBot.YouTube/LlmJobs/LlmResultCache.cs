using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>
/// LLM summaries and translations in Redis for YouTube:LlmResultTtl, keyed by video (and a hash of its transcript),
/// language, model and prompt version, so the same request again costs no tokens. Redis down: no cache, no failure.
/// </summary>
public sealed class LlmResultCache(RedisConnection redis, YouTubeKeys keys, IOptions<YouTubeOptions> options, ILogger<LlmResultCache> logger)
{
    private readonly TimeSpan _ttl = options.Value.LlmResultTtl;

    public RedisKey Key(string job, VideoTranscript video, string language, string model, string promptVersion)
    {
        ArgumentNullException.ThrowIfNull(video);
        var source = video.Transcript.Source == TranscriptSource.Attachment ? "file" : video.Metadata.Id.Value;
        return keys.LlmResult(job, source, Fingerprint(video.Transcript), language, model, promptVersion);
    }

    public async Task<VideoSummary?> GetSummaryAsync(RedisKey key) =>
        await GetAsync(key) is { } json ? JsonSerializer.Deserialize(json, YouTubeJsonContext.Default.VideoSummary) : null;

    public Task SetSummaryAsync(RedisKey key, VideoSummary summary) =>
        SetAsync(key, JsonSerializer.Serialize(summary with { Llm = null }, YouTubeJsonContext.Default.VideoSummary));

    public async Task<VideoTranscript?> GetTranslationAsync(RedisKey key) =>
        await GetAsync(key) is { } json ? TranscriptCache.FromJson(json) : null;

    public Task SetTranslationAsync(RedisKey key, VideoTranscript translation) => SetAsync(key, TranscriptCache.ToJson(translation));

    /// <summary>A short hash of the captions' times and texts: a changed transcript is a new entry.</summary>
    internal static string Fingerprint(Transcript transcript)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var segment in transcript.Segments)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{segment.Start.Ticks}|{segment.Duration.Ticks}|{segment.Text}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private async Task<string?> GetAsync(RedisKey key)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            var value = await db.StringGetAsync(key);
            return value.IsNullOrEmpty ? null : value.ToString();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            VideoLlmLog.CacheUnavailable(logger, e);
            return null;
        }
    }

    private async Task SetAsync(RedisKey key, string json)
    {
        try
        {
            var db = await redis.GetDatabaseAsync();
            await db.StringSetAsync(key, json, _ttl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            VideoLlmLog.CacheUnavailable(logger, e);
        }
    }
}
