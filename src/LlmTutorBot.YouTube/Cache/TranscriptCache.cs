using System.Diagnostics;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>
/// Transcripts through the HybridCache (this process's memory, then Redis) for YouTube:CacheTtl; requests for the same transcript in this process share one fetch (HybridCache's stampede protection).
/// A failure is remembered for YouTube:FailureCacheTtl, so a broken link costs YouTube one round of requests.
/// Replicas do not coordinate: two processes asking for one video at the same moment fetch it once each.
/// Redis being down only means the memory level alone.
/// </summary>
public sealed class TranscriptCache(HybridCache cache, YouTubeKeys keys, IOptions<YouTubeOptions> options, ILogger<TranscriptCache> logger)
{
    private static readonly HybridCacheEntryOptions ReadOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly HybridCache _cache = cache;
    private readonly YouTubeKeys _keys = keys;
    private readonly ILogger _logger = logger;
    private readonly HybridCacheEntryOptions _entry = CacheLifetimes.Large(options.Value.CacheTtl);
    private readonly TimeSpan _failureTtl = options.Value.FailureCacheTtl;

    public YouTubeKeys Keys => _keys;

    /// <summary>
    /// The cached transcript (<see cref="VideoTranscript.FromCache"/>), a remembered failure, or what
    /// <paramref name="fetch"/> gives, which is then cached (a transcript) or remembered (a failure other than Busy).
    /// Concurrent callers share the one fetch; it stops only when all of them are cancelled.
    /// </summary>
    public async Task<TranscriptResult> GetOrFetchAsync(
        VideoId id, string sources, string? target, Func<CancellationToken, Task<TranscriptResult>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var asked = Stopwatch.GetTimestamp();
        try
        {
            var entry = await _cache.GetOrCreateAsync(
                _keys.Transcript(id, sources, target), new FetchRequest(this, id, sources, target, fetch), static (r, ct) => r.RunAsync(ct), _entry, cancellationToken: cancellationToken);

            // Fetched while this caller waited (its own fetch or one it joined): fresh, as every waiter's was before.
            // An entry this version cannot read (a malformed id) is fetched again rather than trusted.
            return entry.ToVideoTranscript(fresh: entry.FetchedAt >= asked) is { } transcript ? TranscriptResult.Ok(transcript) : await fetch(cancellationToken);
        }
        catch (FetchFailedException failed)
        {
            return TranscriptResult.Failed(failed.Failure);
        }
    }

    /// <summary>Stores a transcript as if it had been fetched (another process's fetch, in tests).</summary>
    public ValueTask SetAsync(string key, VideoTranscript transcript) =>
        _cache.SetAsync(key, CachedTranscript.From(transcript), _entry);

    /// <summary>One caller's fetch: HybridCache runs it for the first caller; the others wait for its entry.</summary>
    private sealed class FetchRequest(TranscriptCache owner, VideoId id, string sources, string? target, Func<CancellationToken, Task<TranscriptResult>> fetch)
    {
        public async ValueTask<CachedTranscript> RunAsync(CancellationToken cancellationToken)
        {
            var failureKey = owner._keys.Failure(id, sources, target);
            if (owner._failureTtl > TimeSpan.Zero
                && await owner._cache.GetOrCreateAsync<CachedFailure?>(failureKey, _ => default, ReadOnly, cancellationToken: cancellationToken) is { } known)
            {
                YouTubeLog.Served(owner._logger, id.Value, "the failure cache");
                throw new FetchFailedException(new VideoFailure(known.Kind, known.Detail));
            }

            var result = await fetch(cancellationToken);
            if (result.Value is { } value)
            {
                return CachedTranscript.From(value) with { FetchedAt = Stopwatch.GetTimestamp() };
            }

            var failure = result.Failure!;
            YouTubeLog.Refused(owner._logger, id.Value, failure.Kind.ToString(), failure.Detail);
            if (failure.Kind != VideoFailureKind.Busy && owner._failureTtl > TimeSpan.Zero)
            {
                var remembered = new HybridCacheEntryOptions { Expiration = owner._failureTtl, LocalCacheExpiration = owner._failureTtl };
                await owner._cache.SetAsync(failureKey, new CachedFailure(failure.Kind, failure.Detail), remembered, cancellationToken: cancellationToken);
            }

            // HybridCache caches whatever a factory returns; a failure leaves the entry empty by ending the factory with it.
            throw new FetchFailedException(failure);
        }
    }

    /// <summary>A fetch that ended in a failure, carried out of the factory to every caller that waited for it.</summary>
    private sealed class FetchFailedException(VideoFailure failure) : Exception($"The transcript could not be fetched: {failure.Kind}.")
    {
        public VideoFailure Failure { get; } = failure;
    }
}
