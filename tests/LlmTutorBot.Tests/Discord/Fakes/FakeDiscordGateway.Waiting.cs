namespace LlmTutorBot.Tests.Discord.Fakes;

internal sealed partial class FakeDiscordGateway
{
    private readonly Lock _waitersLock = new();
    private readonly List<(Func<FakeDiscordGateway, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Completes when <paramref name="done"/> holds, checked whenever the fake records something; fails after 15 s.</summary>
    public Task WaitUntilAsync(Func<FakeDiscordGateway, bool> done, CancellationToken cancellationToken = default)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersLock)
        {
            if (done(this))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((done, signal));
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(15), cancellationToken);
    }

    private void Changed()
    {
        lock (_waitersLock)
        {
            foreach (var waiter in _waiters.Where(w => w.Done(this)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }
}
