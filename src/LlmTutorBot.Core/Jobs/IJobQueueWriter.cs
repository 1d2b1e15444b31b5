namespace LlmTutorBot.Core.Jobs;

/// <summary>The queue long turns go through so that any replica can run them and one dying loses none.</summary>
public interface IJobQueueWriter
{
    /// <summary>Queues the job; false when the queue cannot take it now (the adapter then runs the turn itself).</summary>
    ValueTask<bool> EnqueueAsync(QueuedJob job, CancellationToken cancellationToken);
}
