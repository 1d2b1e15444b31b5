using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// De-duplication in Redis: SET "{prefix}seen:{scope}:{id}" NX with the window as TTL (Redis 7 and Garnet both have
/// it). When Redis cannot answer, the activity is processed: a rare double answer beats a lost one.
/// </summary>
public sealed class RedisActivityDeduplicator(RedisConnection redis, RedisKeys keys, RedisRoundTrips roundTrips, ILogger<RedisActivityDeduplicator> logger) : IActivityDeduplicator
{
    public async ValueTask<bool> TryClaimAsync(string scope, string id, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = $"{keys.Prefix}seen:{scope}:{Uri.EscapeDataString(id)}";
        try
        {
            var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
            roundTrips.Add("dedup");
            return await database.StringSetAsync(key, "1", window, When.NotExists).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            TeamsLog.DuplicateCheckUnavailable(logger, exception, id);
            return true;
        }
    }
}
