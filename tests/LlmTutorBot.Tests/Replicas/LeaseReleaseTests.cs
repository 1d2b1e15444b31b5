using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Replicas;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>
/// Releasing a lease is a plain DEL (one round trip) while it cannot have expired, and the compare-then-delete
/// transaction (two) once half its duration has passed, which leaves another replica's lease alone.
/// </summary>
public sealed class LeaseReleaseTests(RedisFixture redis)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_lease_released_soon_after_it_was_taken_costs_one_round_trip_and_is_gone()
    {
        using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() });
        var (leases, roundTrips, _) = Store(services, new FakeTimeProvider());
        Assert.True(await leases.TryAcquireAsync("conv-lock:a", Duration, TestContext.Current.CancellationToken));
        var before = roundTrips.Total;

        await leases.ReleaseAsync("conv-lock:a", TestContext.Current.CancellationToken);

        Assert.Equal(1, roundTrips.Total - before);
        Assert.Null(await leases.HolderAsync("conv-lock:a"));
    }

    [Fact]
    public async Task A_lease_taken_over_after_half_its_duration_is_left_to_its_new_holder()
    {
        using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() });
        var time = new FakeTimeProvider();
        var (leases, roundTrips, keys) = Store(services, time);
        Assert.True(await leases.TryAcquireAsync("conv-lock:b", Duration, TestContext.Current.CancellationToken));

        // As after a long pause of this replica: its lease expired and another replica took it.
        time.Advance(Duration / 2);
        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await database.StringSetAsync($"{keys.Prefix}lease:conv-lock:b", "someone-else", Duration);
        var before = roundTrips.Total;
        await leases.ReleaseAsync("conv-lock:b", TestContext.Current.CancellationToken);

        Assert.Equal(2, roundTrips.Total - before);
        Assert.Equal("someone-else", await leases.HolderAsync("conv-lock:b"));
    }

    [Fact]
    public async Task A_lease_whose_renewal_failed_is_left_to_its_new_holder()
    {
        using var services = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() });
        var (leases, _, keys) = Store(services, new FakeTimeProvider());
        Assert.True(await leases.TryAcquireAsync("conv-lock:c", Duration, TestContext.Current.CancellationToken));
        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await database.StringSetAsync($"{keys.Prefix}lease:conv-lock:c", "someone-else", Duration);

        Assert.False(await leases.RenewAsync("conv-lock:c", Duration, TestContext.Current.CancellationToken));
        await leases.ReleaseAsync("conv-lock:c", TestContext.Current.CancellationToken);

        Assert.Equal("someone-else", await leases.HolderAsync("conv-lock:c"));
    }

    private static (RedisLeaseStore Leases, RedisRoundTrips RoundTrips, RedisKeys Keys) Store(IServiceProvider services, TimeProvider time)
    {
        var roundTrips = services.GetRequiredService<RedisRoundTrips>();
        var keys = services.GetRequiredService<RedisKeys>();
        return (new RedisLeaseStore(services.GetRequiredService<RedisConnection>(), keys, new ReplicaIdentity(), roundTrips, time), roundTrips, keys);
    }
}
