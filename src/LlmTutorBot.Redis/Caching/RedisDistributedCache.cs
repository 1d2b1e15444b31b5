using LlmTutorBot.Redis.Connection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Caching;

/// <summary>
/// The features' second-level cache: <see cref="RedisCache"/> on the process's one connection (Redis or the embedded
/// store, no second connection), each call counted as one round trip. Redis being down is a miss, never a failure.
/// </summary>
/// <remarks>Not disposable on purpose: disposing a <see cref="RedisCache"/> closes the connection it was given.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The connection belongs to RedisConnection, which disposes it.")]
public sealed class RedisDistributedCache : IDistributedCache
{
    private readonly RedisCache _cache;
    private readonly RedisRoundTrips _roundTrips;
    private readonly ILogger<RedisDistributedCache> _logger;

    public RedisDistributedCache(RedisConnection connection, RedisRoundTrips roundTrips, ILogger<RedisDistributedCache> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _cache = new RedisCache(new RedisCacheOptions { ConnectionMultiplexerFactory = connection.GetMultiplexerAsync });
        _roundTrips = roundTrips;
        _logger = logger;
    }

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        byte[]? value = null;
        await CountedAsync("cache-get", async () => value = await _cache.GetAsync(key, token));
        return value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        CountedAsync("cache-set", () => _cache.SetAsync(key, value, options, token));

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        CountedAsync("cache-refresh", () => _cache.RefreshAsync(key, token));

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        CountedAsync("cache-remove", () => _cache.RemoveAsync(key, token));

    /// <summary>One counted round trip; Redis being down is logged and read as a miss.</summary>
    private async Task CountedAsync(string operation, Func<Task> call)
    {
        _roundTrips.Add(operation);
        try
        {
            await call();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RedisLog.CacheUnavailable(_logger, e);
        }
    }
}
