using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.Jobs;

/// <summary>
/// What adapters ask before running a turn: is it a long job, and did the shared queue take it? Without a queue
/// (no <c>AddRedisReplicas</c>, or <c>Jobs:Enabled</c> false) every turn runs where it arrived, as before.
/// </summary>
public sealed class JobDispatcher(IEnumerable<IJobSelector> selectors, IJobQueueWriter? queue = null)
{
    private readonly IJobSelector[] _selectors = [.. selectors];

    /// <summary>True for a long turn (a video summary, a translation), queued when there is a queue.</summary>
    public bool IsJob(InboundMessage message) => _selectors.Any(s => s.IsJob(message));

    /// <summary>Queues <paramref name="message"/> when it is a long job; false when the caller must run it itself.</summary>
    public async ValueTask<bool> TryQueueAsync(InboundMessage message, Func<string> route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(route);
        if (queue is null || !IsJob(message))
        {
            return false;
        }

        return await queue.EnqueueAsync(new QueuedJob(NewId(), message, route()), cancellationToken);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
