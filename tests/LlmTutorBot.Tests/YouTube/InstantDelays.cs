using System.Collections.Concurrent;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The system clock, except that every timer (Task.Delay on this provider) fires at once; the delays asked for are recorded.</summary>
internal sealed class InstantDelays : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Delays.Enqueue(dueTime);
        _ = Task.Run(() => callback(state));
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
