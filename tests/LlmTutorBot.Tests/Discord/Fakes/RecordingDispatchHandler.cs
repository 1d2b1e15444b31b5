using System.Collections.Concurrent;
using System.Text.Json;
using LlmTutorBot.Discord.Gateway;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>Records every dispatch the gateway client hands on; tests wait on it for events to arrive.</summary>
internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    private readonly Lock _lock = new();
    private readonly List<(Func<RecordingDispatchHandler, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>How many times each MESSAGE_CREATE id arrived.</summary>
    public ConcurrentDictionary<string, int> MessageIds { get; } = new();

    public int Count(string eventName) => Events.Count(e => e == eventName);

    public ValueTask HandleAsync(int shardId, string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        Events.Enqueue(eventName);
        if (eventName == "MESSAGE_CREATE")
        {
            MessageIds.AddOrUpdate(data.GetProperty("id").GetString()!, 1, (_, n) => n + 1);
        }

        lock (_lock)
        {
            foreach (var waiter in _waiters.Where(w => w.Done(this)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Completes when <paramref name="done"/> holds; fails the test after <paramref name="seconds"/>.</summary>
    public Task WaitUntilAsync(Func<RecordingDispatchHandler, bool> done, int seconds = 15)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (done(this))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((done, signal));
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(seconds), TestContext.Current.CancellationToken);
    }
}
