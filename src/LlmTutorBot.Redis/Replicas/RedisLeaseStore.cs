using System.Diagnostics.CodeAnalysis;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Replicas;

/// <summary>
/// Leases as keys "{prefix}lease:{name}" holding the replica id: SET NX PX to take one; renewing and releasing are
/// compare-then-write transactions (WATCH on the key, then MULTI/EXEC), which Redis 7 and Garnet both run, so a
/// replica never extends or deletes a lease another replica took after its own expired. Taking costs one round trip,
/// renewing and releasing two each (WATCH with the read, then MULTI/EXEC).
/// </summary>
[SuppressMessage("Usage", "SER301", Justification = "The atomic compare-and-delete commands need Redis 8.4; Garnet and Redis 7 run WATCH with MULTI/EXEC.")]
public sealed class RedisLeaseStore(RedisConnection redis, RedisKeys keys, ReplicaIdentity replica, RedisRoundTrips? roundTrips = null) : ILeaseStore
{
    public async ValueTask<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        roundTrips?.Add("lease-acquire");
        return await database.StringSetAsync(Key(name), replica.Id, duration, When.NotExists).WaitAsync(cancellationToken);
    }

    public async ValueTask<bool> RenewAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(Key(name), replica.Id));
        _ = transaction.KeyExpireAsync(Key(name), duration);
        roundTrips?.Add("lease-renew");
        roundTrips?.Add("lease-renew");
        return await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    public async ValueTask ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        var database = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(Key(name), replica.Id));
        _ = transaction.KeyDeleteAsync(Key(name));
        roundTrips?.Add("lease-release");
        roundTrips?.Add("lease-release");
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
    }

    /// <summary>Who holds the lease, for tests and logs; null when it is free.</summary>
    public async Task<string?> HolderAsync(string name)
    {
        var database = await redis.GetDatabaseAsync();
        var value = await database.StringGetAsync(Key(name));
        return value.IsNull ? null : value.ToString();
    }

    private RedisKey Key(string name) => $"{keys.Prefix}lease:{name}";
}
