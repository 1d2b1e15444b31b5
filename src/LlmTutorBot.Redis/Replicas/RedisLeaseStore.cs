using System.Collections.Concurrent;
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
/// renewing two (WATCH with the read, then MULTI/EXEC). Releasing costs one (a plain DEL) while less than half the
/// lease's duration has passed, by this process's clock, since it was taken or last renewed (measured from before the
/// command was sent): the key cannot have expired yet, and no other replica writes a key it does not hold, so it is
/// still this replica's; later, releasing is the compare-then-delete transaction (two).
/// </summary>
[SuppressMessage("Usage", "SER301", Justification = "The atomic compare-and-delete commands need Redis 8.4; Garnet and Redis 7 run WATCH with MULTI/EXEC.")]
public sealed class RedisLeaseStore(RedisConnection redis, RedisKeys keys, ReplicaIdentity replica, RedisRoundTrips? roundTrips = null, TimeProvider? time = null) : ILeaseStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (long Since, TimeSpan Duration)> _held = new(StringComparer.Ordinal);

    public async ValueTask<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        roundTrips?.Add("lease-acquire");
        var since = _time.GetTimestamp();
        var acquired = await database.StringSetAsync(Key(name), replica.Id, duration, When.NotExists).WaitAsync(cancellationToken);
        Remember(name, acquired, since, duration);
        return acquired;
    }

    public async ValueTask<bool> RenewAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(Key(name), replica.Id));
        _ = transaction.KeyExpireAsync(Key(name), duration);
        roundTrips?.Add("lease-renew");
        roundTrips?.Add("lease-renew");
        var since = _time.GetTimestamp();
        var renewed = await transaction.ExecuteAsync().WaitAsync(cancellationToken);
        Remember(name, renewed, since, duration);
        return renewed;
    }

    public async ValueTask ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        var database = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
        if (_held.TryRemove(name, out var held) && _time.GetElapsedTime(held.Since) < held.Duration / 2)
        {
            roundTrips?.Add("lease-release");
            await database.KeyDeleteAsync(Key(name)).WaitAsync(cancellationToken);
            return;
        }

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

    private void Remember(string name, bool held, long since, TimeSpan duration)
    {
        if (held)
        {
            _held[name] = (since, duration);
        }
        else
        {
            _held.TryRemove(name, out _);
        }
    }

    private RedisKey Key(string name) => $"{keys.Prefix}lease:{name}";
}
