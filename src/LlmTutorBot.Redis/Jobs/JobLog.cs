using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis.Jobs;

internal static partial class JobLog
{
    [LoggerMessage(150, LogLevel.Debug, "Job {JobId} queued ({Platform})")]
    public static partial void Queued(ILogger logger, string jobId, string platform);

    [LoggerMessage(151, LogLevel.Warning, "Redis cannot queue job {JobId}; it runs on this replica instead")]
    public static partial void QueueUnavailable(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(152, LogLevel.Information, "Job {JobId} started on {Replica} (attempt {Attempt})")]
    public static partial void Started(ILogger logger, string jobId, string replica, long attempt);

    [LoggerMessage(153, LogLevel.Information, "Job {JobId} finished in {ElapsedMs} ms (reply sent by this run: {Delivered})")]
    public static partial void Finished(ILogger logger, string jobId, double elapsedMs, bool delivered);

    [LoggerMessage(154, LogLevel.Warning, "Job {JobId} failed on attempt {Attempt}; it goes back to the queue")]
    public static partial void Failed(ILogger logger, Exception exception, string jobId, long attempt);

    [LoggerMessage(155, LogLevel.Error, "Job {JobId} failed {Attempts} times: moved to the dead-letter list and the user told")]
    public static partial void DeadLettered(ILogger logger, string jobId, long attempts);

    [LoggerMessage(156, LogLevel.Information, "Job {JobId} left for another replica: this one is stopping (its lease will expire)")]
    public static partial void Abandoned(ILogger logger, string jobId);

    [LoggerMessage(157, LogLevel.Warning, "Job {JobId}'s lease expired: back to the queue for another replica")]
    public static partial void Requeued(ILogger logger, string jobId);

    [LoggerMessage(158, LogLevel.Warning, "The job queue in Redis cannot be reached; retrying in {DelayMs} ms")]
    public static partial void RedisUnavailable(ILogger logger, Exception exception, double delayMs);

    [LoggerMessage(159, LogLevel.Error, "Job {JobId} is for {Platform}, which this replica does not serve: dead-lettered")]
    public static partial void NoDelivery(ILogger logger, string jobId, string platform);

    [LoggerMessage(160, LogLevel.Warning, "Job {JobId}'s record is gone (finished elsewhere or expired); dropped")]
    public static partial void RecordMissing(ILogger logger, string jobId);
}
