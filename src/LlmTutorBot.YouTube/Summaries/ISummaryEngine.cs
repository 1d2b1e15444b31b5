using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// Summarizes a transcript in the seed-002 shape. The embedded engine is extractive (no LLM) and writes in the
/// transcript's language; an LLM engine can write in the language asked for.
/// </summary>
public interface ISummaryEngine
{
    /// <summary>A short name for replies and logs ("extractive", "llm").</summary>
    string Name { get; }

    /// <summary>The summary, in <paramref name="language"/> (a language code) when the engine can write in it.</summary>
    Task<VideoSummary> SummarizeAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken);
}
