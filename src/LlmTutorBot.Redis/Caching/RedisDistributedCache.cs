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
        _roundTrips.Add("cache-get");
        try
        {
            return await _cache.GetAsync(key, token);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RedisLog.CacheUnavailable(_logger, e);
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        _roundTrips.Add("cache-set");
        try
        {
            await _cache.SetAsync(key, value, options, token);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RedisLog.CacheUnavailable(_logger, e);
        }
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        _roundTrips.Add("cache-refresh");
        try
        {
            await _cache.RefreshAsync(key, token);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RedisLog.CacheUnavailable(_logger, e);
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        _roundTrips.Add("cache-remove");
        try
        {
            await _cache.RemoveAsync(key, token);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            RedisLog.CacheUnavailable(_logger, e);
        }
    }
}
