using BenchmarkDotNet.Running;
using LlmTutorBot.Benchmarks;

// "quick [messages]": a fast figure; anything else goes to BenchmarkDotNet (for example --filter *).
if (args is ["quick", ..])
{
    await QuickThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
