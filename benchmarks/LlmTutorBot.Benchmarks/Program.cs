using BenchmarkDotNet.Running;
using LlmTutorBot.Benchmarks;

// "quick [messages]": pipeline throughput; "faq [rounds]": FAQ latency percentiles and knowledge-base load time;
// "youtube [repeats]": parsing and summarizing a 3-hour transcript; anything else goes to BenchmarkDotNet (--filter *).
if (args is ["faq", ..])
{
    await FaqLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args is ["youtube", ..])
{
    QuickTranscripts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["quick", ..])
{
    await QuickThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
