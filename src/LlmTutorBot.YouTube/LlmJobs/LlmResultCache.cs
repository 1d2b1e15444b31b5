using System.Security.Cryptography;
using System.Text;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>
/// LLM summaries and translations through the HybridCache (this process's memory, then Redis) for
/// YouTube:LlmResultTtl, keyed by video (and a hash of its transcript), language, model and prompt version, so the
/// same request again costs no tokens. Entries are tagged with the model and the prompt version, so either can be
/// dropped at once. Redis down: the memory level alone, no failure.
/// </summary>
public sealed class LlmResultCache(HybridCache cache, YouTubeKeys keys, IOptions<YouTubeOptions> options)
{
    private static readonly HybridCacheEntryOptions ReadOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly HybridCacheEntryOptions _entry = CacheLifetimes.Large(options.Value.LlmResultTtl);

    public LlmResultKey Key(string job, VideoTranscript video, string language, string model, string promptVersion)
    {
        ArgumentNullException.ThrowIfNull(video);
        var source = video.Transcript.Source == TranscriptSource.Attachment ? "file" : video.Metadata.Id.Value;
        var key = keys.LlmResult(job, source, Fingerprint(video.Transcript), language, model, promptVersion);
        return new LlmResultKey(key, [ModelTag(model), keys.PromptTag(promptVersion)]);
    }

    public string ModelTag(string model) => CacheTags.Model(keys.Prefix, model);

    public async Task<VideoSummary?> GetSummaryAsync(LlmResultKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await cache.GetOrCreateAsync<VideoSummary?>(key.Value, _ => default, ReadOnly);
    }

    public Task SetSummaryAsync(LlmResultKey key, VideoSummary summary)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(summary);
        return cache.SetAsync(key.Value, summary with { Llm = null }, _entry, key.Tags).AsTask();
    }

    public async Task<VideoTranscript?> GetTranslationAsync(LlmResultKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (await cache.GetOrCreateAsync<CachedTranscript?>(key.Value, _ => default, ReadOnly))?.ToVideoTranscript();
    }

    public Task SetTranslationAsync(LlmResultKey key, VideoTranscript translation)
    {
        ArgumentNullException.ThrowIfNull(key);
        return cache.SetAsync(key.Value, CachedTranscript.From(translation), _entry, key.Tags).AsTask();
    }

    /// <summary>Drops every summary and translation a model wrote (FAQ answers carry the same tag), here and in Redis.</summary>
    public ValueTask InvalidateModelAsync(string model) => cache.RemoveByTagAsync(ModelTag(model));

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
}
