using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Transcripts;

/// <summary>A video's metadata and one of its transcripts.</summary>
public sealed record VideoTranscript(VideoMetadata Metadata, Transcript Transcript)
{
    /// <summary>Why some caption tracks were passed over (PO tokens), for the reply and the logs.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when this came from the cache rather than from YouTube.</summary>
    public bool FromCache { get; init; }

    /// <summary>The LLM job that translated it (cost, cache, fallback); null when no LLM was involved.</summary>
    public LlmJobReport? Llm { get; init; }
}
