using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replicas;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>
/// <c>Jobs:WorkersPerReplica</c> workers that take queued jobs (from any replica) with the reliable move, hold their
/// lease while the platform runs them, and remove them once done. A job this replica is running when it stops is
/// left in processing without a lease: another replica's reaper puts it back when the lease expires.
/// </summary>
public sealed class JobWorkerService(
    RedisJobStore store,
    IEnumerable<IJobDelivery> deliveries,
    ReplicaIdentity replica,
    IOptions<JobOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<JobWorkerService> logger) : BackgroundService
{
    private readonly Dictionary<Core.Messaging.ChatPlatform, IJobDelivery> _deliveries = deliveries.ToDictionary(d => d.Platform);
    private readonly JobOptions _options = options.Value;
    private long _started;
    private long _completed;
    private long _duplicates;

    /// <summary>Runs started by this replica (a job taken over counts once per run).</summary>
    public long Started => Interlocked.Read(ref _started);

    /// <summary>Runs that finished and left the queue.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Runs that finished after another run had delivered the reply, so sent nothing.</summary>
    public long DuplicatesSuppressed => Interlocked.Read(ref _duplicates);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.Enabled
            ? Task.WhenAll(Enumerable.Range(0, _options.WorkersPerReplica).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)))
            : Task.CompletedTask;

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await store.TakeAsync() is { } id)
                {
                    await RunAsync(id, stoppingToken);
                    continue;
                }

                await store.Queued.WaitAsync(_options.Poll, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                var delay = _options.Poll * 4;
                JobLog.RedisUnavailable(logger, exception, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunAsync(string id, CancellationToken stoppingToken)
    {
        var (job, attempt) = await store.StartAsync(id);
        if (job is null)
        {
            JobLog.RecordMissing(logger, id);
            await store.CompleteAsync(id);
            return;
        }

        if (!_deliveries.TryGetValue(job.Platform, out var delivery))
        {
            JobLog.NoDelivery(logger, id, job.Platform.ToString());
            await store.DeadLetterAsync(id);
            return;
        }

        var gate = new RedisDeliveryGate(store, id);
        if (attempt > _options.MaxAttempts)
        {
            JobLog.DeadLettered(logger, id, attempt - 1);
            if (await gate.TryClaimAsync(stoppingToken))
            {
                await delivery.FailAsync(job, stoppingToken);
            }

            await store.DeadLetterAsync(id);
            return;
        }

        Interlocked.Increment(ref _started);
        JobLog.Started(logger, id, replica.Id, attempt);
        metrics.JobStarted(job.Kind);
        var started = time.GetTimestamp();
        var failed = false;
        using (var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            var renewing = RenewAsync(id, renewal.Token);
            try
            {
                await delivery.RunAsync(job, gate, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                JobLog.Failed(logger, exception, id, attempt);
                failed = true;
            }
            catch (OperationCanceledException)
            {
                // Stopping: handled below.
            }
            finally
            {
                await renewal.CancelAsync();
                await renewing;
            }
        }

        if (stoppingToken.IsCancellationRequested)
        {
            JobLog.Abandoned(logger, id);
            metrics.JobAbandoned(job.Kind);
            return;
        }

        if (failed)
        {
            metrics.JobFailed(job.Kind, time.GetElapsedTime(started));
            await store.ReleaseAsync(id);
            store.Queued.Set();
            return;
        }

        await store.CompleteAsync(id);
        metrics.JobFinished(job.Kind, time.GetElapsedTime(started));
        Interlocked.Increment(ref _completed);
        if (gate.Claimed == false)
        {
            Interlocked.Increment(ref _duplicates);
        }

        JobLog.Finished(logger, id, time.GetElapsedTime(started).TotalMilliseconds, gate.Claimed == true);
    }

    /// <summary>Renews the lease every third of it until the run ends; a missed renewal is retried at the next tick.</summary>
    private async Task RenewAsync(string id, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.CheckInterval, time, cancellationToken);
                await store.RenewAsync(id);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                JobLog.RedisUnavailable(logger, exception, _options.CheckInterval.TotalMilliseconds);
            }
        }
    }
}
