using BenchmarkDotNet.Running;
using LlmTutorBot.Benchmarks;

// "quick [messages]": pipeline throughput; "faq [rounds]": FAQ latency percentiles and knowledge-base load time;
// "youtube [repeats]": parsing and summarizing a 3-hour transcript; "teams [activities]": /api/messages with JWT
// validation against a loopback Bot Framework, and a bare endpoint on the same host; anything else goes to BenchmarkDotNet (--filter *).
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

if (args is ["teams", ..])
{
    await TeamsThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
    return;
}

if (args is ["quick", ..])
{
    await QuickThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
