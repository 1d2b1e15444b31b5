using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>
/// On every replica, every third of a lease: jobs in processing whose lease has gone go back to pending. A job seen
/// without a lease is requeued only when it is still without one a check later, because a worker sets the lease
/// just after its move (a few milliseconds in which the job has none).
/// </summary>
public sealed class JobReaperService(RedisJobStore store, IOptions<JobOptions> options, TimeProvider time, ILogger<JobReaperService> logger)
    : BackgroundService
{
    private readonly Dictionary<string, long> _suspects = new(StringComparer.Ordinal);
    private long _requeued;

    /// <summary>Jobs this replica put back on the queue.</summary>
    public long Requeued => Interlocked.Read(ref _requeued);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await ReapOnceAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One look at processing; returns how many jobs were put back.</summary>
    internal async Task<int> ReapOnceAsync()
    {
        IReadOnlyList<string> unleased;
        try
        {
            unleased = await store.FindUnleasedAsync();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            JobLog.RedisUnavailable(logger, exception, options.Value.CheckInterval.TotalMilliseconds);
            return 0;
        }

        var requeued = 0;
        var now = time.GetTimestamp();
        foreach (var stale in _suspects.Keys.Except(unleased, StringComparer.Ordinal).ToList())
        {
            _suspects.Remove(stale);
        }

        foreach (var id in unleased)
        {
            if (!_suspects.TryGetValue(id, out var since))
            {
                _suspects[id] = now;
                continue;
            }

            if (time.GetElapsedTime(since) < options.Value.CheckInterval / 2)
            {
                continue;
            }

            _suspects.Remove(id);
            try
            {
                if (await store.RequeueAsync(id))
                {
                    requeued++;
                    Interlocked.Increment(ref _requeued);
                    JobLog.Requeued(logger, id);
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                JobLog.RedisUnavailable(logger, exception, options.Value.CheckInterval.TotalMilliseconds);
            }
        }

        if (requeued > 0)
        {
            store.Queued.Set();
        }

        return requeued;
    }
}
