using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Replicas;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Tests.Discord;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Replicas;

/// <summary>Discord shards shared by replicas through leases in Redis, against the fake gateway.</summary>
public sealed class ShardLeaseTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = RedisFixture.UniquePrefix();
    private readonly List<ServiceProvider> _replicas = [];
    private FakeDiscordGateway _gateway = null!;
    private FakeDiscordRest _rest = null!;

    public async ValueTask InitializeAsync()
    {
        _gateway = await FakeDiscordGateway.StartAsync();
        _rest = await FakeDiscordRest.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas.ToList())
        {
            await StopAsync(replica);
        }

        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Two_replicas_share_the_shards_and_never_run_one_shard_twice()
    {
        var a = await StartReplicaAsync(shardCount: 2, maxShards: 1);
        var b = await StartReplicaAsync(shardCount: 2, maxShards: 1);

        await Eventually.WaitAsync(() => _gateway.Identifies.Count >= 2, "two identifies");
        await Eventually.WaitAsync(() => Shards(a).Count == 1 && Shards(b).Count == 1, "one shard on each replica");

        Assert.Equal(["[0,2]", "[1,2]"], _gateway.Identifies.Select(i => i.GetProperty("shard").GetRawText()).Order(StringComparer.Ordinal));
        Assert.NotEqual(Shards(a)[0].ShardId, Shards(b)[0].ShardId);
    }

    [Fact]
    public async Task A_dead_replicas_shard_is_taken_over_when_its_lease_expires()
    {
        var dead = new ReplicaIdentity();
        using var deadServices = BotServices.Build(redis.ConnectionString, new Dictionary<string, string?> { ["State:KeyPrefix"] = _prefix });
        var deadLeases = new RedisLeaseStore(deadServices.GetRequiredService<RedisConnection>(), deadServices.GetRequiredService<RedisKeys>(), dead);
        Assert.True(await deadLeases.TryAcquireAsync(ShardLeases.LeaseName(1, 0), TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));

        var survivor = await StartReplicaAsync(shardCount: 1, maxShards: 0);
        await Eventually.WaitAsync(() => !_gateway.Identifies.IsEmpty, "the shard identified by the survivor");

        Assert.Equal(survivor.GetRequiredService<ReplicaIdentity>().Id, await deadLeases.HolderAsync(ShardLeases.LeaseName(1, 0)));
        Assert.Equal(0, Assert.Single(Shards(survivor)).ShardId);
        Assert.Single(_gateway.Identifies);
    }

    [Fact]
    public async Task A_stopping_replica_releases_its_shards_and_another_takes_them_over()
    {
        var first = await StartReplicaAsync(shardCount: 2, maxShards: 0);
        await Eventually.WaitAsync(() => Shards(first).Count == 2 && _gateway.Identifies.Count >= 2, "both shards on the first replica");
        var second = await StartReplicaAsync(shardCount: 2, maxShards: 0);

        await StopAsync(first);
        await Eventually.WaitAsync(() => Shards(second).Count == 2 && _gateway.Identifies.Count >= 4, "both shards on the second replica");

        Assert.Equal(["[0,2]", "[0,2]", "[1,2]", "[1,2]"], _gateway.Identifies.Select(i => i.GetProperty("shard").GetRawText()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_replica_that_loses_a_shards_lease_stops_that_shard()
    {
        var replica = await StartReplicaAsync(shardCount: 1, maxShards: 0);
        await Eventually.WaitAsync(() => Shards(replica).Count == 1 && _gateway.IsLive, "the shard running");

        // Another replica holds the lease now (as after a long pause of this one): its renewal must fail.
        var database = await replica.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await database.StringSetAsync($"{_prefix}lease:{ShardLeases.LeaseName(1, 0)}", "someone-else", TimeSpan.FromMinutes(1));

        await Eventually.WaitAsync(() => Shards(replica).Count == 0, "the shard stopped");
        await Eventually.WaitAsync(() => !_gateway.IsLive, "the shard's connection closed");
        Assert.Equal("someone-else", (await database.StringGetAsync($"{_prefix}lease:{ShardLeases.LeaseName(1, 0)}")).ToString());
    }

    [Fact]
    public async Task A_fatal_close_on_one_replica_keeps_the_shard_stopped_on_every_replica()
    {
        var first = await StartReplicaAsync(shardCount: 1, maxShards: 0);
        await Eventually.WaitAsync(() => Shards(first).Count == 1 && _gateway.IsLive, "the shard running on the first replica");
        var second = await StartReplicaAsync(shardCount: 1, maxShards: 0);

        await _gateway.CloseAsync(4004);

        // The second replica learns the reason from Redis; by then the lease is free, and nobody claims it again.
        await Eventually.WaitAsync(() => second.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>().Stop is not null, "the second replica stopped too");
        await Eventually.WaitAsync(() => Shards(first).Count == 0, "the first replica holding nothing");
        var database = await first.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        await Eventually.WaitAsync(async () => (await database.KeyExistsAsync($"{_prefix}lease:{ShardLeases.LeaseName(1, 0)}")), exists => !exists, "the lease released");

        Assert.Equal(4004, second.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>().Stop!.Code);
        Assert.Empty(Shards(second));
        Assert.Single(_gateway.Identifies);
        Assert.Single(_gateway.ConnectionPaths);
    }

    [Fact]
    public async Task A_restart_tries_a_shard_stopped_by_a_fatal_close_again()
    {
        var first = await StartReplicaAsync(shardCount: 1, maxShards: 0);
        await Eventually.WaitAsync(() => Shards(first).Count == 1 && _gateway.IsLive, "the shard running");
        await _gateway.CloseAsync(4004);
        await Eventually.WaitAsync(() => NotedStopAsync(first), noted => noted is not null, "the stop noted in Redis");
        await StopAsync(first);

        var restarted = await StartReplicaAsync(shardCount: 1, maxShards: 0);

        await Eventually.WaitAsync(() => _gateway.Identifies.Count == 2 && _gateway.IsLive, "the restarted process identifying again");
        Assert.Null(restarted.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>().Stop);
        Assert.Null(await NotedStopAsync(restarted));
    }

    [Fact]
    public async Task A_replica_with_changed_settings_is_not_held_back_by_a_stop_noted_under_the_old_ones()
    {
        var old = await StartReplicaAsync(shardCount: 1, maxShards: 0);
        await Eventually.WaitAsync(() => Shards(old).Count == 1 && _gateway.IsLive, "the shard running on the old settings");
        var changed = await StartReplicaAsync(shardCount: 1, maxShards: 0, botToken: "a-new-bot-token");

        await _gateway.CloseAsync(4004);

        // The old replica stays stopped; the one with the new token takes the freed lease and identifies with it.
        await Eventually.WaitAsync(() => Shards(changed).Count == 1 && _gateway.Identifies.Count == 2 && _gateway.IsLive, "the shard running on the new settings");
        Assert.Equal(4004, old.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>().Stop?.Code);
        Assert.Null(changed.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>().Stop);
        Assert.Equal("a-new-bot-token", _gateway.Identifies.Last().GetProperty("token").GetString());
        Assert.Empty(Shards(old));
    }

    /// <summary>The fatal close noted in Redis for this replica's settings, if any.</summary>
    private static async Task<string?> NotedStopAsync(ServiceProvider replica)
    {
        var settings = replica.GetRequiredService<IOptions<LlmTutorBot.Discord.DiscordOptions>>().Value;
        var name = new GatewayNotes(null, settings, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).StopName;
        var notes = new RedisReplicaNotes(replica.GetRequiredService<RedisConnection>(), replica.GetRequiredService<RedisKeys>());
        return await notes.GetAsync(name, TestContext.Current.CancellationToken);
    }

    private static IReadOnlyList<DiscordGatewayClient> Shards(ServiceProvider replica) => replica.GetRequiredService<DiscordGatewayHostedService>().Shards;

    private async Task<ServiceProvider> StartReplicaAsync(int shardCount, int maxShards, string botToken = DiscordTestServices.BotToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = botToken,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["State:KeyPrefix"] = _prefix,
            ["Discord:GatewayUrl"] = _gateway.Url.ToString(),
            ["Discord:ShardCount"] = shardCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:MaxShardsPerReplica"] = maxShards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:ShardLeaseSeconds"] = "2",
        };
        var services = DiscordTestServices.Build(_rest, TimeProvider.System, settings, services =>
        {
            services.AddRedisState();
            services.AddSingleton<ILeaseStore>(sp => new RedisLeaseStore(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<RedisKeys>(), sp.GetRequiredService<ReplicaIdentity>()));
            services.AddSingleton(sp => new DiscordGatewayHostedService(
                sp.GetRequiredService<IOptions<LlmTutorBot.Discord.DiscordOptions>>(),
                sp.GetRequiredService<DiscordRestClient>(),
                sp.GetRequiredService<IGatewayDispatchHandler>(),
                sp.GetRequiredService<IdentifyLimiter>(),
                sp.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>(),
                TimeProvider.System,
                sp.GetRequiredService<ILoggerFactory>(),
                sp.GetRequiredService<ILeaseStore>(),
                new RedisReplicaNotes(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<RedisKeys>()))
            { Timings = DiscordGatewayClientTests.Fast });
        });
        _replicas.Add(services);
        foreach (var service in services.GetServices<IHostedService>())
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        return services;
    }

    private async Task StopAsync(ServiceProvider replica)
    {
        if (!_replicas.Remove(replica))
        {
            return;
        }

        foreach (var service in replica.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await replica.DisposeAsync();
    }
}
