using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Replicas;

/// <summary>Notes as keys "{prefix}note:{name}" with the note's lifetime as TTL (plain GET, SET PX and DEL).</summary>
public sealed class RedisReplicaNotes(RedisConnection redis, RedisKeys keys) : IReplicaNotes
{
    public async ValueTask SetAsync(string name, string value, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        await database.StringSetAsync(Key(name), value, lifetime).WaitAsync(cancellationToken);
    }

    public async ValueTask<string?> GetAsync(string name, CancellationToken cancellationToken)
    {
        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        var value = await database.StringGetAsync(Key(name)).WaitAsync(cancellationToken);
        return value.IsNull ? null : value.ToString();
    }

    public async ValueTask RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        await database.KeyDeleteAsync(Key(name)).WaitAsync(cancellationToken);
    }

    private RedisKey Key(string name) => $"{keys.Prefix}note:{name}";
}
