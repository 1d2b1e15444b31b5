using Microsoft.Extensions.Caching.Hybrid;

namespace LlmTutorBot.Core.Caching;

/// <summary>How long HybridCache entries live in the store (their setting) and in this process's memory.</summary>
public static class CacheLifetimes
{
    /// <summary>The longest a large entry (a transcript, a summary) stays in memory; the store keeps it for its whole TTL.</summary>
    public static readonly TimeSpan LargeEntryInMemory = TimeSpan.FromHours(1);

    /// <summary>
    /// Expires from the store after <paramref name="expiration"/>, and from memory after the same time or
    /// <see cref="LargeEntryInMemory"/>, whichever is shorter, so week-long transcripts do not pile up in memory.
    /// </summary>
    public static HybridCacheEntryOptions Large(TimeSpan expiration) =>
        new() { Expiration = expiration, LocalCacheExpiration = expiration < LargeEntryInMemory ? expiration : LargeEntryInMemory };
}
