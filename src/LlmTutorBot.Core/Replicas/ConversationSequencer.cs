using LlmTutorBot.Core.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Replicas;

/// <summary>
/// Runs the turns of one conversation one at a time. On this replica they run in arrival order (each waits for the
/// one before it); across replicas a lease per conversation ("conv-lock:…", renewed while the turn runs, released
/// with compare-and-delete, expiring if its replica dies) keeps two replicas from running the same conversation at
/// once. Without a lease store (one process) only the local order applies. When Redis cannot answer, the turn runs
/// anyway: an answer out of order beats none.
/// </summary>
public sealed class ConversationSequencer(IOptions<ReplicaOptions> options, TimeProvider time, ILogger<ConversationSequencer> logger, ILeaseStore? leases = null)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public async Task RunAsync(ConversationAddress conversation, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        var key = Key(conversation);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_lock)
        {
            previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            _tails[key] = done.Task;
        }

        try
        {
            await previous.WaitAsync(cancellationToken);
            await RunLockedAsync(key, turn, cancellationToken);
        }
        finally
        {
            // A cancelled waiter lets the next one start only once its own predecessor is done.
            _ = previous.ContinueWith(_ => Finish(key, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void Finish(string key, TaskCompletionSource done)
    {
        lock (_lock)
        {
            if (_tails.TryGetValue(key, out var tail) && tail == done.Task)
            {
                _tails.Remove(key);
            }
        }

        done.TrySetResult();
    }

    private async Task RunLockedAsync(string key, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        if (leases is null)
        {
            await turn(cancellationToken);
            return;
        }

        var name = $"conv-lock:{key}";
        var duration = options.Value.ConversationLock;
        var held = await AcquireAsync(name, duration, cancellationToken);
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = held ? RenewAsync(name, duration, renewal.Token) : Task.CompletedTask;
        try
        {
            await turn(cancellationToken);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
            if (held)
            {
                await TryAsync(name, async () =>
                {
                    await leases.ReleaseAsync(name, CancellationToken.None);
                    return true;
                });
            }
        }
    }

    /// <summary>Waits for the conversation's lock; false when Redis cannot answer (the turn runs without it).</summary>
    private async Task<bool> AcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var wait = FirstRetry;
        while (true)
        {
            switch (await TryAsync(name, () => leases!.TryAcquireAsync(name, duration, cancellationToken)))
            {
                case true:
                    return true;
                case null:
                    return false;
            }

            await Task.Delay(wait, time, cancellationToken);
            wait = wait * 2 < LastRetry ? wait * 2 : LastRetry;
        }
    }

    private async Task RenewAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(duration / 3, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await TryAsync(name, () => leases!.RenewAsync(name, duration, cancellationToken));
        }
    }

    private async Task<bool?> TryAsync(string name, Func<ValueTask<bool>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReplicaLog.LockUnavailable(logger, exception, name);
            return null;
        }
    }

    private static string Key(ConversationAddress conversation)
    {
        var key = $"{conversation.Platform.ToString().ToLowerInvariant()}:{Uri.EscapeDataString(conversation.ConversationId)}";
        return conversation.ThreadId is null ? key : $"{key}:{Uri.EscapeDataString(conversation.ThreadId)}";
    }
}
