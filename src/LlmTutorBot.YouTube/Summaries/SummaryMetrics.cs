using System.Diagnostics.Metrics;
using LlmTutorBot.Core.Pipeline;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>The <c>llmtutorbot.summary.paths</c> counter: summaries made, by the path each took (<see cref="SummaryPath"/>).</summary>
public sealed class SummaryMetrics
{
    private readonly Counter<long> _paths;

    public SummaryMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _paths = meterFactory.Create(BotMetrics.MeterName)
            .CreateCounter<long>("llmtutorbot.summary.paths", "{summary}", "Video summaries made, by path: extractive, structured, lines, cached or fallback.");
    }

    public void Took(SummaryPath path) => _paths.Add(1, new KeyValuePair<string, object?>("path", path.ToString().ToLowerInvariant()));
}
