using System.Diagnostics.Metrics;

namespace LlmTutorBot.Redis.Connection;

/// <summary>
/// Counts round trips to Redis: a batch or a transaction sent in one flush is one. The pipeline's budget is two
/// per handled message (one read, one write).
/// </summary>
public sealed class RedisRoundTrips
{
    private readonly Counter<long> _counter;
    private long _total;

    public RedisRoundTrips(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _counter = meterFactory.Create(Core.Pipeline.BotMetrics.MeterName)
            .CreateCounter<long>("llmtutorbot.redis.round_trips", "{round_trip}", "Round trips to Redis, by operation.");
    }

    public long Total => Interlocked.Read(ref _total);

    public void Add(string operation)
    {
        Interlocked.Increment(ref _total);
        _counter.Add(1, new KeyValuePair<string, object?>("operation", operation));
    }
}
