using BenchmarkDotNet.Attributes;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Benchmarks;

/// <summary>Parsing a 3-hour caption track (srv3 and json3) and the extractive summary of it.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class TranscriptBenchmarks
{
    private string _srv3 = "";
    private string _json3 = "";
    private Transcript _transcript = null!;
    private VideoMetadata _metadata = null!;

    [GlobalSetup]
    public void Setup()
    {
        var captions = LongTranscript.Captions();
        _srv3 = LongTranscript.Srv3(captions);
        _json3 = LongTranscript.Json3(captions);
        _transcript = new Transcript { Language = "en", Source = TranscriptSource.AutoCaptions, Segments = TimedTextParser.Parse(_srv3)! };
        _metadata = new VideoMetadata(VideoId.Parse("osKyvYJ3PRM"), "Three hours", null, LongTranscript.Length);
    }

    [Benchmark(Description = "parse 3 h srv3")]
    public int ParseSrv3() => TimedTextParser.Parse(_srv3)!.Count;

    [Benchmark(Description = "parse 3 h json3")]
    public int ParseJson3() => TimedTextParser.Parse(_json3)!.Count;

    [Benchmark(Description = "extractive summary of 3 h")]
    public VideoSummary Summarize() => ExtractiveSummaryEngine.Summarize(_metadata, _transcript);
}
