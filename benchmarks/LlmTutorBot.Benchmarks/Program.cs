using BenchmarkDotNet.Running;
using System.Globalization;
using LlmTutorBot.Benchmarks;
using LlmTutorBot.Benchmarks.Discord;

// "quick [messages]": a fast figure; "discord [events]": gateway throughput; "discord-soak [seconds] [drop every s]
// [events/s] [--rest-502 share] [--seed n]": lost and duplicate events under disturbances, and answers produced and
// delivered through a REST that fails that share of calls with 502; anything else goes to BenchmarkDotNet (--filter *).
if (args is ["discord", ..])
{
    await GatewayFigures.ThroughputAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000);
    return;
}

if (args is ["discord-soak", ..])
{
    var named = new Dictionary<string, string>(StringComparer.Ordinal);
    var numbers = new List<int>();
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
        {
            named[args[i]] = args[++i];
        }
        else
        {
            numbers.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
        }
    }

    await DiscordSoak.RunAsync(
        TimeSpan.FromSeconds(numbers.Count > 0 ? numbers[0] : 60),
        TimeSpan.FromSeconds(numbers.Count > 1 ? numbers[1] : 10),
        numbers.Count > 2 ? numbers[2] : 200,
        named.TryGetValue("--rest-502", out var share) ? double.Parse(share, CultureInfo.InvariantCulture) : 0,
        named.TryGetValue("--seed", out var seed) ? int.Parse(seed, CultureInfo.InvariantCulture) : 17);
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

// "faq-prompt": input tokens of grounded FAQ prompts over the evaluation set (no model called), tokenizer speed.
if (args is ["faq-prompt"])
{
    FaqPromptFigures.Run();
    return;
}

// "summary-eval [--show] [--no-lexicon]": the extractive summary of the real tracks in SummaryEval/ against their topic
// lists (coverage, well-formed sentences, words, time), then the 3-hour track's time and allocations. --no-lexicon
// summarizes without the concept lexicon, to show what the algorithms alone give.
if (args is ["summary-eval", ..])
{
    SummaryEvaluation.Run(args.Contains("--show"), args.Contains("--no-lexicon"));
    return;
}

// "youtube-fetch [videos]": requests per uncached video (happy path, first client refused) and time to the transcript against a fake YouTube.
if (args is ["youtube-fetch", ..])
{
    await CaptionFetchFigures.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
    return;
}

if (args is ["youtube", ..])
{
    QuickTranscripts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

// "llm [model] [context tokens]": calls and tokens sent per transcript token by the LLM summary and translation of the
// seed video and a 3-hour transcript, against an in-process fake model, and the cached repeat's cost.
if (args is ["llm", ..])
{
    await LlmVideoFigures.RunAsync(args.Length > 1 ? args[1] : "gpt-4o-mini", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 128_000);
    return;
}

if (args is ["teams", ..])
{
    await TeamsThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
    return;
}

// "replicas [jobs] [work ms]": queued jobs per minute with one and two replicas, and takeover times per lease length.
if (args is ["replicas", ..])
{
    await ReplicaFigures.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
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
