using System.Text.Json;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>
/// The job queue in Redis lists, with commands Redis 7 and Garnet both run: LPUSH onto pending, LMOVE from pending to
/// processing (the reliable move: a job is always in one list), a lease key with PX renewed while the job runs,
/// SET NX for the delivery mark, and MULTI/EXEC where two changes must happen together.
/// </summary>
public sealed class RedisJobStore(
    RedisConnection redis,
    State.RedisKeys keys,
    ReplicaIdentity replica,
    IOptions<JobOptions> options,
    BotMetrics metrics,
    ILogger<RedisJobStore> logger) : IJobQueueWriter
{
    private readonly JobKeys _keys = new(keys);
    private readonly JobOptions _options = options.Value;

    /// <summary>Completes when a job is queued by this process, so local workers need not wait for their next poll.</summary>
    internal JobSignal Queued { get; } = new();

    public async ValueTask<bool> EnqueueAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!_options.Enabled)
        {
            return false;
        }

        try
        {
            var database = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
            var transaction = database.CreateTransaction();
            _ = transaction.StringSetAsync(_keys.Job(job.Id), JsonSerializer.Serialize(job, JobJsonContext.Default.QueuedJob), JobKeys.Retention);
            _ = transaction.ListLeftPushAsync(_keys.Pending, job.Id);
            if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken))
            {
                return false;
            }

            JobLog.Queued(logger, job.Id, job.Platform.ToString());
            metrics.JobQueued(job.Kind);
            Queued.Set();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            JobLog.QueueUnavailable(logger, exception, job.Id);
            return false;
        }
    }

    /// <summary>Moves the oldest pending job to processing and returns its id; null when none waits.</summary>
    internal async Task<string?> TakeAsync()
    {
        var database = await redis.GetDatabaseAsync();
        var id = await database.ListMoveAsync(_keys.Pending, _keys.Processing, ListSide.Right, ListSide.Left);
        return id.IsNull ? null : id.ToString();
    }

    /// <summary>Takes the lease, counts the attempt and reads the job, in one round trip.</summary>
    internal async Task<(QueuedJob? Job, long Attempt)> StartAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        var batch = database.CreateBatch();
        var lease = batch.StringSetAsync(_keys.Lease(id), replica.Id, _options.Lease);
        var attempt = batch.StringIncrementAsync(_keys.Attempts(id));
        var expire = batch.KeyExpireAsync(_keys.Attempts(id), JobKeys.Retention);
        var record = batch.StringGetAsync(_keys.Job(id));
        batch.Execute();
        await Task.WhenAll(lease, attempt, expire, record);
        var json = record.Result;
        return (json.IsNullOrEmpty ? null : JsonSerializer.Deserialize((string)json!, JobJsonContext.Default.QueuedJob), attempt.Result);
    }

    internal async Task RenewAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        await database.StringSetAsync(_keys.Lease(id), replica.Id, _options.Lease);
    }

    /// <summary>Done: out of processing, with its lease, record and count.</summary>
    internal async Task CompleteAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        var transaction = database.CreateTransaction();
        _ = transaction.ListRemoveAsync(_keys.Processing, id, 1);
        _ = transaction.KeyDeleteAsync([_keys.Lease(id), _keys.Job(id), _keys.Attempts(id)]);
        await transaction.ExecuteAsync();
    }

    /// <summary>The run failed: back to pending at once (the attempt count bounds the retries).</summary>
    internal async Task ReleaseAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        var transaction = database.CreateTransaction();
        _ = transaction.ListRemoveAsync(_keys.Processing, id, 1);
        _ = transaction.ListRightPushAsync(_keys.Pending, id);
        _ = transaction.KeyDeleteAsync(_keys.Lease(id));
        await transaction.ExecuteAsync();
    }

    /// <summary>Out of processing onto the dead-letter list; the record stays until its retention ends, for inspection.</summary>
    internal async Task DeadLetterAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        var transaction = database.CreateTransaction();
        _ = transaction.ListRemoveAsync(_keys.Processing, id, 1);
        _ = transaction.ListLeftPushAsync(_keys.Dead, id);
        _ = transaction.KeyDeleteAsync(_keys.Lease(id));
        await transaction.ExecuteAsync();
    }

    /// <summary>True for the first caller only, across every replica: that one sends the reply.</summary>
    internal async ValueTask<bool> TryMarkDeliveredAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        return await database.StringSetAsync(_keys.Delivered(id), replica.Id, JobKeys.Retention, When.NotExists);
    }

    /// <summary>The jobs in processing whose lease is gone, in one round trip after the list is read.</summary>
    internal async Task<IReadOnlyList<string>> FindUnleasedAsync()
    {
        var database = await redis.GetDatabaseAsync();
        var ids = (await database.ListRangeAsync(_keys.Processing)).Select(v => v.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var batch = database.CreateBatch();
        var exists = ids.Select(id => batch.KeyExistsAsync(_keys.Lease(id))).ToArray();
        batch.Execute();
        var found = await Task.WhenAll(exists);
        return [.. ids.Where((_, i) => !found[i])];
    }

    /// <summary>
    /// Puts a job whose replica died back on pending. The claim key (SET NX, for one lease) lets one reaper only do
    /// it; the move itself is one MULTI/EXEC, so the job is never in neither list.
    /// </summary>
    internal async Task<bool> RequeueAsync(string id)
    {
        var database = await redis.GetDatabaseAsync();
        if (!await database.StringSetAsync(_keys.Reap(id), replica.Id, _options.Lease, When.NotExists))
        {
            return false;
        }

        var transaction = database.CreateTransaction();
        var removed = transaction.ListRemoveAsync(_keys.Processing, id, 1);
        _ = transaction.ListRightPushAsync(_keys.Pending, id);
        await transaction.ExecuteAsync();
        return await removed > 0;
    }

    /// <summary>How many ids each list holds, for tests and the benchmark.</summary>
    internal async Task<(long Pending, long Processing, long Dead)> CountAsync()
    {
        var database = await redis.GetDatabaseAsync();
        var batch = database.CreateBatch();
        var pending = batch.ListLengthAsync(_keys.Pending);
        var processing = batch.ListLengthAsync(_keys.Processing);
        var dead = batch.ListLengthAsync(_keys.Dead);
        batch.Execute();
        return (await pending, await processing, await dead);
    }
}
