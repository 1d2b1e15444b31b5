using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Every call is logged and measured: tokens by direction, failures by reason; never the prompt at Information, never the key.</summary>
public sealed class LlmObservabilityTests
{
    [Fact]
    public async Task A_call_records_calls_and_tokens_by_direction_on_the_bot_meter()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Text("Yes.", inputTokens: 120, outputTokens: 3));
        await using var services = LlmServices.Build(LlmServices.Settings(server));
        var operation = $"test.metrics.{Guid.NewGuid():N}";
        using var measurements = new Measurements(operation);

        await services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest(operation, "s", "u", 50), TestContext.Current.CancellationToken);

        Assert.Equal(1, measurements.Sum("llmtutorbot.llm.calls"));
        Assert.Equal(120, measurements.Sum("llmtutorbot.llm.tokens", "input"));
        Assert.Equal(3, measurements.Sum("llmtutorbot.llm.tokens", "output"));
        Assert.Equal(0, measurements.Sum("llmtutorbot.llm.failures"));
        Assert.Equal(1, measurements.Count("llmtutorbot.llm.duration"));
    }

    [Fact]
    public async Task A_failed_call_records_a_failure_with_its_reason()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Fail(503);
        await using var services = LlmServices.Build(LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:MaxRetries"] = "0" }));
        var operation = $"test.metrics.{Guid.NewGuid():N}";
        using var measurements = new Measurements(operation);

        await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest(operation, "s", "u", 50), TestContext.Current.CancellationToken));

        Assert.Equal(1, measurements.Sum("llmtutorbot.llm.failures"));
        Assert.Equal(0, measurements.Sum("llmtutorbot.llm.calls"));
    }

    [Fact]
    public async Task The_log_names_the_operation_and_tokens_but_never_the_prompt_or_the_key()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Fail(429, retryAfter: "0"), FakeChatReply.Text("Fine.", inputTokens: 42, outputTokens: 2));
        var logs = new CapturingLoggerProvider();
        var settings = LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:ApiKey"] = "sk-very-secret-key" });
        await using var services = LlmServices.Build(settings, configure: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information)));

        await services.GetRequiredService<ILlmClient>().CompleteAsync(
            new LlmRequest("faq.answer", "SYSTEM-PROMPT-TEXT", "USER-PROMPT-TEXT", 50),
            TestContext.Current.CancellationToken);

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("LLM faq.answer on gpt-4o-mini: 1 call(s), 42 tokens in, 2 out", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("LLM request got TooManyRequests; retry 1 of 2 in 0 ms", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("sk-very-secret-key", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("PROMPT-TEXT", StringComparison.Ordinal));
        Assert.Equal("Bearer sk-very-secret-key", server.Requests[^1].Authorization);
    }

    [Fact]
    public async Task The_retry_waits_what_Retry_After_asks()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Fail(429, retryAfter: "1"), FakeChatReply.Text("Fine."));
        var logs = new CapturingLoggerProvider();
        var settings = LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:RetryBaseDelayMilliseconds"] = "60000", ["Llm:MaxRetryDelaySeconds"] = "600" });
        await using var services = LlmServices.Build(settings, configure: s => s.AddLogging(b => b.AddProvider(logs)));

        await services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.retry-after", "s", "u", 50), TestContext.Current.CancellationToken);

        Assert.Contains(logs.Lines, l => l.Contains("retry 1 of 2 in 1000 ms", StringComparison.Ordinal));
    }

    /// <summary>The LLM instruments' measurements for one operation, so tests running in parallel do not mix.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, string? Direction, double Value)> _values = new();

        public Measurements(string operation)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name.StartsWith("llmtutorbot.llm.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(operation, instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(operation, instrument, value, tags));
            _listener.Start();
        }

        public double Sum(string instrument, string? direction = null) =>
            _values.Where(v => v.Instrument == instrument && (direction is null || v.Direction == direction)).Sum(v => v.Value);

        public int Count(string instrument) => _values.Count(v => v.Instrument == instrument);

        public void Dispose() => _listener.Dispose();

        private void Record(string operation, Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? taggedOperation = null;
            string? direction = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "operation")
                {
                    taggedOperation = tag.Value as string;
                }
                else if (tag.Key == "direction")
                {
                    direction = tag.Value as string;
                }
            }

            if (taggedOperation == operation)
            {
                _values.Enqueue((instrument.Name, direction, value));
            }
        }
    }
}
