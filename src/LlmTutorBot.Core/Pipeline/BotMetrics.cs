using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>The pipeline's instruments, exported by OpenTelemetry when a collector is configured.</summary>
public sealed class BotMetrics
{
    public const string MeterName = "LlmTutorBot";

    private readonly Counter<long> _messages;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _turnFailures;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _messages = meter.CreateCounter<long>("llmtutorbot.messages", "{message}", "Messages handled, by platform and intent.");
        _turnDuration = meter.CreateHistogram<double>("llmtutorbot.turn.duration", "ms", "Time from a message's arrival to its reply.");
        _turnFailures = meter.CreateCounter<long>("llmtutorbot.turn.failures", "{message}", "Messages whose handler failed.");
    }

    public void TurnHandled(string platform, string intent, TimeSpan duration)
    {
        var tags = new TagList { { "platform", platform }, { "intent", intent } };
        _messages.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void TurnFailed(string platform) => _turnFailures.Add(1, new KeyValuePair<string, object?>("platform", platform));
}
