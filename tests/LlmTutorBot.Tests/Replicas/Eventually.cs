namespace LlmTutorBot.Tests.Replicas;

/// <summary>Polls a condition until it holds, with a generous overall limit for a loaded machine; never a fixed wait.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow - started > Limit)
            {
                throw new TimeoutException($"Still waiting after {Limit.TotalSeconds} s for {what}; last seen: {value}");
            }

            // Polling interval, not a wait for the outcome: the loop re-checks the condition.
            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        }
    }

    public static Task WaitAsync(Func<bool> done, string what) =>
        WaitAsync(() => Task.FromResult(done()), d => d, what);
}
