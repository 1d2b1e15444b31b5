using System.Globalization;
using LlmTutorBot.Core.Replicas;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// Shards shared by replicas through leases: every third of <c>Discord:ShardLeaseSeconds</c> this replica renews
/// the leases it holds (a shard whose lease was lost, or not renewed for a whole lease, is stopped at once, so two
/// replicas never run one shard for longer than that), then claims free shards up to
/// <c>Discord:MaxShardsPerReplica</c>. A dead replica's shards are free once their leases expire; a replica that
/// stops releases its own. A close code that cannot succeed again, on any replica, stops every shard and claims no
/// more: the reason is noted in Redis (<see cref="GatewayNotes"/>) so that no replica identifies again in vain.
/// </summary>
internal sealed class ShardLeases(
    ILeaseStore leases,
    int shardCount,
    int maxShards,
    TimeSpan duration,
    Func<int, DiscordGatewayClient> create,
    DiscordStatus status,
    GatewayNotes notes,
    TimeProvider time,
    ILogger logger)
{
    private readonly Dictionary<int, HeldShard> _held = [];
    private volatile DiscordGatewayClient[] _running = [];

    public IReadOnlyList<DiscordGatewayClient> Running => _running;

    public static string LeaseName(int shardCount, int shardId) => string.Create(CultureInfo.InvariantCulture, $"discord-shard:{shardCount}:{shardId}");

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(duration / 3, time);
        try
        {
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var id in _held.Keys.ToList())
            {
                await StopAsync(id, release: true);
            }
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        await notes.SyncAsync(status, cancellationToken);
        if (status.Stop is not null)
        {
            // Stopped for good with these settings, here or on another replica: hold nothing, claim nothing.
            foreach (var id in _held.Keys.ToList())
            {
                await StopAsync(id, release: true);
            }

            return;
        }

        foreach (var (id, shard) in _held.ToList())
        {
            if (shard.Running.IsCompleted)
            {
                // The shard stopped by itself (a close code that must not be retried): free it.
                await StopAsync(id, release: true);
                continue;
            }

            var kept = await TryAsync(() => leases.RenewAsync(LeaseName(shardCount, id), duration, cancellationToken));
            if (kept == true)
            {
                shard.Renewed = time.GetTimestamp();
            }
            else if (kept == false || time.GetElapsedTime(shard.Renewed) >= duration)
            {
                GatewayLog.ShardLeaseLost(logger, id);
                await StopAsync(id, release: false);
            }
        }

        for (var id = 0; id < shardCount && _held.Count < maxShards; id++)
        {
            if (!_held.ContainsKey(id) && await TryAsync(() => leases.TryAcquireAsync(LeaseName(shardCount, id), duration, cancellationToken)) == true)
            {
                Start(id, cancellationToken);
            }
        }
    }

    private void Start(int id, CancellationToken stoppingToken)
    {
        GatewayLog.ShardLeaseTaken(logger, id, shardCount);
        var client = create(id);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _held[id] = new HeldShard(client, stop, client.RunAsync(stop.Token), time.GetTimestamp());
        _running = [.. _held.Values.Select(h => h.Client)];
    }

    private async Task StopAsync(int id, bool release)
    {
        if (!_held.Remove(id, out var shard))
        {
            return;
        }

        _running = [.. _held.Values.Select(h => h.Client)];
        await shard.Stop.CancelAsync();
        await shard.Running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        shard.Stop.Dispose();
        if (release)
        {
            await TryAsync(async () =>
            {
                await leases.ReleaseAsync(LeaseName(shardCount, id), CancellationToken.None);
                return true;
            });
        }
    }

    /// <summary>Runs a lease call; null when the store could not answer (logged), so one failure stops nothing by itself.</summary>
    private async Task<bool?> TryAsync(Func<ValueTask<bool>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            GatewayLog.ShardLeaseUnavailable(logger, exception);
            return null;
        }
    }

    private sealed class HeldShard(DiscordGatewayClient client, CancellationTokenSource stop, Task running, long renewed)
    {
        public DiscordGatewayClient Client => client;

        public CancellationTokenSource Stop => stop;

        public Task Running => running;

        public long Renewed { get; set; } = renewed;
    }
}
