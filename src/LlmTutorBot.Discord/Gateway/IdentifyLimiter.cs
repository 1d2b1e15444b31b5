using LlmTutorBot.Discord.JsonModels;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// Discord's identify limits, shared by the shards of the process: <c>max_concurrency</c> IDENTIFYs per 5 seconds,
/// shard <c>id % max_concurrency</c> choosing the bucket, and the daily session starts. The daily budget follows
/// Discord's <c>reset_after</c>: once that time has passed, or when none remain, it is asked again of
/// GET /gateway/bot (<see cref="Refresh"/>), since other replicas spend it too; with none left, IDENTIFY waits for
/// the reset rather than have the token reset.
/// </summary>
internal sealed class IdentifyLimiter(TimeProvider time, ILogger<IdentifyLimiter> logger)
{
    /// <summary>Without an answer from Discord, a spent budget is assumed back this long after its reset.</summary>
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, (SemaphoreSlim Gate, DateTimeOffset Last)> _buckets = [];
    private int _maxConcurrency = 1;
    private int _total = 1000;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;

    public GatewayTimings Timings { get; set; } = GatewayTimings.Default;

    /// <summary>Asks Discord for the current session start limit (GET /gateway/bot); null: the budget is not refreshed from Discord.</summary>
    public Func<CancellationToken, Task<SessionStartLimit>>? Refresh { get; set; }

    /// <summary>Session starts left as this process counts them (int.MaxValue when Discord never said).</summary>
    public int Remaining
    {
        get
        {
            lock (_lock)
            {
                return _remaining;
            }
        }
    }

    /// <summary>Takes what GET /gateway/bot said.</summary>
    public void Configure(int maxConcurrency, int remaining, TimeSpan resetAfter, int total = 1000)
    {
        lock (_lock)
        {
            _maxConcurrency = Math.Max(1, maxConcurrency);
            _total = Math.Max(1, total);
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + resetAfter;
        }
    }

    /// <summary>Waits until shard <paramref name="shardId"/> may send IDENTIFY, and counts it.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate;
        int bucket;
        lock (_lock)
        {
            bucket = shardId % _maxConcurrency;
            if (!_buckets.TryGetValue(bucket, out var entry))
            {
                entry = (new SemaphoreSlim(1, 1), DateTimeOffset.MinValue);
                _buckets[bucket] = entry;
            }

            gate = entry.Gate;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            await WaitForBudgetAsync(cancellationToken);
            TimeSpan wait;
            lock (_lock)
            {
                var last = _buckets[bucket].Last;
                wait = last == DateTimeOffset.MinValue ? TimeSpan.Zero : last + Timings.IdentifySpacing - time.GetUtcNow();
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            lock (_lock)
            {
                _buckets[bucket] = (gate, time.GetUtcNow());
                if (_remaining != int.MaxValue)
                {
                    _remaining--;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Returns once a session start is left: refreshed after reset_after, waited for when none remain.</summary>
    private async Task WaitForBudgetAsync(CancellationToken cancellationToken)
    {
        var refreshedWhileSpent = false;
        while (true)
        {
            bool refresh;
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining == int.MaxValue)
                {
                    return;
                }

                refresh = now >= _resetAt || (_remaining <= 0 && !refreshedWhileSpent);
                wait = _remaining <= 0 && !refresh ? _resetAt - now : TimeSpan.Zero;
                if (!refresh && wait <= TimeSpan.Zero)
                {
                    return;
                }
            }

            if (refresh)
            {
                refreshedWhileSpent = true;
                await RefreshAsync(cancellationToken);
                continue;
            }

            GatewayLog.IdentifyBudgetSpent(logger, wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        SessionStartLimit? limit = null;
        if (Refresh is { } refresh)
        {
            try
            {
                limit = await refresh(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                GatewayLog.GatewayInfoFailed(logger, exception, 0);
            }
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (limit is not null)
            {
                _total = Math.Max(1, limit.Total);
                _remaining = limit.Remaining;
                // With none left, never ask again sooner than a few seconds from now, whatever reset_after says.
                var resetAfter = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
                _resetAt = now + (_remaining <= 0 && resetAfter < Timings.IdentifySpacing ? Timings.IdentifySpacing : resetAfter);
                GatewayLog.IdentifyBudget(logger, _remaining, _total, (_resetAt - now).TotalMinutes);
            }
            else if (now >= _resetAt)
            {
                // Discord did not say: the reset has passed, so a day's budget is back.
                _remaining = _total;
                _resetAt = now + Day;
            }
        }
    }
}
