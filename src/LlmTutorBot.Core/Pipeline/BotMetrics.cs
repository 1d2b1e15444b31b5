using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>
/// The bot's instruments on the meter "LlmTutorBot", exported by OpenTelemetry when a collector is configured.
/// Other features add their own instruments to the same meter (Redis round trips, LLM tokens and cost).
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "LlmTutorBot";

    private readonly Counter<long> _messages;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _turnFailures;
    private readonly Counter<long> _quotaExceeded;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _jobsQueued;
    private readonly UpDownCounter<long> _jobsRunning;
    private readonly Counter<long> _jobsFailed;
    private readonly Histogram<double> _jobDuration;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _messages = meter.CreateCounter<long>("llmtutorbot.messages", "{message}", "Messages handled, by platform and intent.");
        _turnDuration = meter.CreateHistogram<double>("llmtutorbot.turn.duration", "ms", "Time from a message's arrival to its reply.");
        _turnFailures = meter.CreateCounter<long>("llmtutorbot.turn.failures", "{message}", "Messages whose handler failed.");
        _quotaExceeded = meter.CreateCounter<long>("llmtutorbot.quota.exceeded", "{message}", "Messages refused by a rate limit, by platform and scope (user or group).");
        _cacheLookups = meter.CreateCounter<long>("llmtutorbot.cache.lookups", "{lookup}", "Cache lookups, by cache and result (hit or miss): the hit rate is hits over lookups.");
        _jobsQueued = meter.CreateCounter<long>("llmtutorbot.jobs.queued", "{job}", "Long jobs (video summaries, translations) put in the queue, by kind.");
        _jobsRunning = meter.CreateUpDownCounter<long>("llmtutorbot.jobs.running", "{job}", "Long jobs running now, by kind.");
        _jobsFailed = meter.CreateCounter<long>("llmtutorbot.jobs.failed", "{job}", "Long jobs that failed, by kind.");
        _jobDuration = meter.CreateHistogram<double>("llmtutorbot.jobs.duration", "ms", "How long finished jobs ran, by kind and outcome.");
    }

    public void TurnHandled(string platform, string intent, TimeSpan duration)
    {
        var tags = new TagList { { "platform", platform }, { "intent", intent } };
        _messages.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void TurnFailed(string platform) => _turnFailures.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void QuotaExceeded(string platform, string scope) =>
        _quotaExceeded.Add(1, new TagList { { "platform", platform }, { "scope", scope } });

    /// <summary>One lookup in a cache such as "youtube.transcript".</summary>
    public void CacheLookup(string cache, bool hit) =>
        _cacheLookups.Add(1, new TagList { { "cache", cache }, { "result", hit ? "hit" : "miss" } });

    public void JobQueued(string kind) => _jobsQueued.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void JobStarted(string kind) => _jobsRunning.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void JobFinished(string kind, TimeSpan duration)
    {
        _jobsRunning.Add(-1, new KeyValuePair<string, object?>("kind", kind));
        _jobDuration.Record(duration.TotalMilliseconds, new TagList { { "kind", kind }, { "outcome", "done" } });
    }

    /// <summary>A run this replica gave up because it is stopping; another replica takes the job when its lease expires.</summary>
    public void JobAbandoned(string kind) => _jobsRunning.Add(-1, new KeyValuePair<string, object?>("kind", kind));

    public void JobFailed(string kind, TimeSpan duration)
    {
        _jobsRunning.Add(-1, new KeyValuePair<string, object?>("kind", kind));
        _jobsFailed.Add(1, new KeyValuePair<string, object?>("kind", kind));
        _jobDuration.Record(duration.TotalMilliseconds, new TagList { { "kind", kind }, { "outcome", "failed" } });
    }
}
