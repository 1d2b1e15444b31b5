using BenchmarkDotNet.Attributes;
using LlmTutorBot.Core.Pipeline;

namespace LlmTutorBot.Benchmarks;

/// <summary>Messages through the whole pipeline (clean, parse, load state, route, handle, save state).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PipelineBenchmarks
{
    private const int Parallel = 16;

    private PipelineHarness _harness = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _harness = new PipelineHarness();

    [GlobalCleanup]
    public void Cleanup() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "/help, one conversation")]
    public Task<TurnResult> Help() => _harness.Processor.ProcessAsync(PipelineHarness.Message(0, "/help"));

    [Benchmark(Description = "/help, 16 conversations at once", OperationsPerInvoke = Parallel)]
    public Task HelpInParallel()
    {
        var start = Interlocked.Add(ref _next, Parallel);
        return Task.WhenAll(Enumerable.Range(start, Parallel).Select(i => _harness.Processor.ProcessAsync(PipelineHarness.Message(i % 1000, "/help"))));
    }

    [Benchmark(Description = "bad input (100 KB), one conversation")]
    public Task<TurnResult> OversizedMessage() => _harness.Processor.ProcessAsync(PipelineHarness.Message(1, OversizedText));

    private static readonly string OversizedText = new('x', 100 * 1024);
}
