using BenchmarkDotNet.Running;
using LlmTutorBot.Benchmarks;

// "quick [messages]" or "youtube [repeats]": a fast figure; anything else goes to BenchmarkDotNet (for example --filter *).
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
