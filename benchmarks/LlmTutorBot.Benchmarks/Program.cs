using BenchmarkDotNet.Running;
using System.Globalization;
using LlmTutorBot.Benchmarks;
using LlmTutorBot.Benchmarks.Discord;

// "quick [messages]": a fast figure; "discord [events]": gateway throughput; "discord-soak [seconds] [drop every s]
// [events/s]": lost and duplicate events under disturbances; anything else goes to BenchmarkDotNet (--filter *).
if (args is ["discord", ..])
{
    await GatewayFigures.ThroughputAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000);
    return;
}

if (args is ["discord-soak", ..])
{
    await GatewayFigures.SoakAsync(
        TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60),
        TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10),
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200);
    return;
}

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

// "host [activities]": the real host process: start-up time, and memory at idle and under the Teams load.
if (args is ["host", ..])
{
    await HostFigures.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000);
    return;
}

if (args is ["quick", ..])
{
    await QuickThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
