using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// Discord's identify limits, shared by the shards of the process: <c>max_concurrency</c> IDENTIFYs per 5 seconds,
/// shard <c>id % max_concurrency</c> choosing the bucket, and the daily session starts (when none remain, wait for
/// <c>reset_after</c> rather than have the token reset).
/// </summary>
internal sealed class IdentifyLimiter(TimeProvider time, ILogger<IdentifyLimiter> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, (SemaphoreSlim Gate, DateTimeOffset Last)> _buckets = [];
    private int _maxConcurrency = 1;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;

    public GatewayTimings Timings { get; set; } = GatewayTimings.Default;

    /// <summary>Takes what GET /gateway/bot said.</summary>
    public void Configure(int maxConcurrency, int remaining, TimeSpan resetAfter)
    {
        lock (_lock)
        {
            _maxConcurrency = Math.Max(1, maxConcurrency);
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
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var last = _buckets[bucket].Last;
                wait = last == DateTimeOffset.MinValue ? TimeSpan.Zero : last + Timings.IdentifySpacing - now;
                if (_remaining <= 0 && _resetAt > now)
                {
                    var untilReset = _resetAt - now;
                    GatewayLog.IdentifyBudgetSpent(logger, untilReset.TotalMinutes);
                    wait = untilReset > wait ? untilReset : wait;
                }
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
}
