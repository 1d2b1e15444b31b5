using System.Diagnostics;
using System.Globalization;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// A quick figure without BenchmarkDotNet's statistics: messages per second through the pipeline, sequential and
/// with 16 conversations in flight, and Redis round trips per message.
/// </summary>
internal static class QuickThroughput
{
    public static async Task RunAsync(int messages)
    {
        await using var harness = new PipelineHarness();
        for (var i = 0; i < 500; i++)
        {
            await harness.Processor.ProcessAsync(PipelineHarness.Message(i % 50, "/help"));
        }

        Console.WriteLine($"Server: {harness.Server}; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        await MeasureAsync(harness, "sequential, /help", messages, 1);
        await MeasureAsync(harness, "16 in flight, /help", messages, 16);
    }

    private static async Task MeasureAsync(PipelineHarness harness, string label, int messages, int inFlight)
    {
        var roundTripsBefore = harness.RoundTrips.Total;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < messages)
            {
                await harness.Processor.ProcessAsync(PipelineHarness.Message(i % 1000, "/help"));
            }
        }));
        stopwatch.Stop();

        var roundTrips = (double)(harness.RoundTrips.Total - roundTripsBefore) / messages;
        var allocated = (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / messages;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-22} {messages / stopwatch.Elapsed.TotalSeconds,10:F0} messages/s  {stopwatch.Elapsed.TotalMilliseconds * 1000 / messages * inFlight,8:F0} µs/message latency  {roundTrips:F2} Redis round trips/message  {allocated / 1024,6:F1} KB allocated/message"));
    }
}
