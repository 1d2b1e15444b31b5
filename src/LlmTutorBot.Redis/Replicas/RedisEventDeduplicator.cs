using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Replicas;

/// <summary>
/// SET "{prefix}seen:{scope}:{id}" NX with the window as TTL. When Redis cannot answer the event is processed: a rare
/// double answer beats a lost one.
/// </summary>
public sealed class RedisEventDeduplicator(RedisConnection redis, RedisKeys keys, ILogger<RedisEventDeduplicator> logger) : IEventDeduplicator
{
    public async ValueTask<bool> TryClaimAsync(string scope, string id, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
            return await database.StringSetAsync($"{keys.Prefix}seen:{scope}:{Uri.EscapeDataString(id)}", "1", window, When.NotExists).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            ReplicaLog.DuplicateCheckUnavailable(logger, exception, scope, id);
            return true;
        }
    }
}
