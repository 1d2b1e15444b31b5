using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.LlmJobs;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>A summary in the seed-002 shape: TLDR, takeaways, Q&amp;A (engines that can), outline, keywords, highlights.</summary>
public sealed record VideoSummary
{
    /// <summary>The language the summary is written in (a transcript language code, such as "en").</summary>
    public required string Language { get; init; }

    public required string Tldr { get; init; }

    public IReadOnlyList<SummaryPoint> Takeaways { get; init; } = [];

    public IReadOnlyList<SummaryQuestion> Questions { get; init; } = [];

    public IReadOnlyList<OutlineSection> Outline { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<SummaryPoint> Highlights { get; init; } = [];

    /// <summary>True when the track has too little text for a summary: the summary is that text, and the reply says so.</summary>
    public bool TooLittleText { get; init; }

    /// <summary>How it was made (not stored: a cached summary is marked <see cref="SummaryPath.Cached"/> when read).</summary>
    [JsonIgnore]
    public SummaryPath Path { get; init; }

    /// <summary>The LLM job that wrote it (cost, cache, fallback); null for the embedded engine.</summary>
    [JsonIgnore]
    public LlmJobReport? Llm { get; init; }
}

/// <summary>A point made at a moment of the video.</summary>
public sealed record SummaryPoint(string Emoji, string Text, TimeSpan At);

/// <summary>A question the video answers, and the answer.</summary>
public sealed record SummaryQuestion(string Question, string Answer);

/// <summary>A time section of the video with a one-line gist.</summary>
public sealed record OutlineSection(TimeSpan Start, TimeSpan End, string Title, string Gist);
