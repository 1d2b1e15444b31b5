using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Questions;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Benchmarks;

/// <summary>A quick figure without BenchmarkDotNet: time and allocations of parsing and summarizing a 3-hour track.</summary>
internal static class QuickTranscripts
{
    public static void Run(int repeats)
    {
        var captions = LongTranscript.Captions();
        var srv3 = LongTranscript.Srv3(captions);
        var json3 = LongTranscript.Json3(captions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"3 h track: {captions.Count:N0} captions; srv3 {srv3.Length / 1024.0 / 1024:F1} MB, json3 {json3.Length / 1024.0 / 1024:F1} MB (chars); {Environment.ProcessorCount} cores; .NET {Environment.Version}"));
        var segments = TimedTextParser.Parse(srv3)!;
        var transcript = new Transcript { Language = "en", Source = TranscriptSource.AutoCaptions, Segments = segments };
        var metadata = new VideoMetadata(VideoId.Parse("osKyvYJ3PRM"), "Three hours", null, LongTranscript.Length);

        Measure("parse srv3", repeats, () => TimedTextParser.Parse(srv3)!.Count);
        Measure("parse json3", repeats, () => TimedTextParser.Parse(json3)!.Count);
        Measure("extractive summary", repeats, () => ExtractiveSummaryEngine.Summarize(metadata, transcript).Takeaways.Count);
        Measure("question search", repeats, () => TranscriptSearch.Search(transcript, "what about knowledge distillation and quantization?").Count);
    }

    private static void Measure(string label, int repeats, Func<int> action)
    {
        action();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            action();
        }

        stopwatch.Stop();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)repeats;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-20} {stopwatch.Elapsed.TotalMilliseconds / repeats,9:F1} ms  {allocated / 1024 / 1024,8:F1} MB allocated"));
    }
}
