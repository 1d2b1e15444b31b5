using System.Diagnostics;
using System.Diagnostics.Metrics;
using LlmTutorBot.Core.Pipeline;

namespace LlmTutorBot.Llm.Usage;

/// <summary>The LLM's instruments, on the bot's meter: calls, tokens by direction, failures and durations, by operation.</summary>
public sealed class LlmMetrics
{
    private readonly Counter<long> _calls;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(BotMetrics.MeterName);
        _calls = meter.CreateCounter<long>("llmtutorbot.llm.calls", "{call}", "Chat-completion calls answered, by operation and model.");
        _tokens = meter.CreateCounter<long>("llmtutorbot.llm.tokens", "{token}", "Tokens sent (input) and received (output), by operation and model.");
        _failures = meter.CreateCounter<long>("llmtutorbot.llm.failures", "{call}", "Calls that gave no answer, by operation and reason.");
        _duration = meter.CreateHistogram<double>("llmtutorbot.llm.duration", "ms", "Time a call took, retries included.");
    }

    public void Completed(string operation, string model, LlmUsage usage, TimeSpan duration)
    {
        var tags = new TagList { { "operation", operation }, { "model", model } };
        _calls.Add(usage.Calls, tags);
        _duration.Record(duration.TotalMilliseconds, tags);
        _tokens.Add(usage.InputTokens, new TagList { { "operation", operation }, { "model", model }, { "direction", "input" } });
        _tokens.Add(usage.OutputTokens, new TagList { { "operation", operation }, { "model", model }, { "direction", "output" } });
    }

    public void Failed(string operation, string reason, TimeSpan duration)
    {
        _failures.Add(1, new TagList { { "operation", operation }, { "reason", reason } });
        _duration.Record(duration.TotalMilliseconds, new TagList { { "operation", operation }, { "outcome", "failure" } });
    }
}
