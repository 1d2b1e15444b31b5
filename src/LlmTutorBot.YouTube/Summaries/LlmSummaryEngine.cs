using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.Chunking;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// A summary written by the LLM in the language asked for: one call when the transcript fits, else map-reduce (each
/// chunk to a partial that keeps its timestamps, the partials combined, in rounds while they exceed the budget). Every
/// timestamp is checked against the transcript; results are cached. Throws <see cref="LlmUnavailableException"/>
/// when the provider cannot answer or its summary is unusable, so the caller can fall back.
/// </summary>
public sealed partial class LlmSummaryEngine(
    ILlmClient client,
    LlmResultCache cache,
    IOptions<YouTubeOptions> options,
    ILogger<LlmSummaryEngine> logger) : ISummaryEngine
{
    /// <summary>One timestamp per transcript line: a line spans at least this long.</summary>
    internal static readonly TimeSpan LineSpan = TimeSpan.FromSeconds(30);

    internal const int PartialOutputTokens = 900;
    internal const int FinalOutputTokens = 3000;

    // Room for the chat format's own tokens (roles, separators) and tokenizer differences.
    private const int Margin = 64;

    private static readonly string PromptVersion = VideoPrompt.Version("summary-whole", "summary-map", "summary-reduce");

    private readonly YouTubeOptions _options = options.Value;

    public string Name => "llm";

    public async Task<VideoSummary> SummarizeAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        ArgumentNullException.ThrowIfNull(progress);
        var provider = client.Provider;
        var model = provider.Model;
        var name = VideoName(video);
        var key = cache.Key("summary", video, language, model, PromptVersion);
        if (await cache.GetSummaryAsync(key) is { } cached)
        {
            VideoLlmLog.Cached(logger, "summary", name, language);
            return cached with { Llm = LlmJobReport.Cached(provider), Path = SummaryPath.Cached };
        }

        var job = new Job(video, language, progress);
        var lines = CaptionChunker.StampedLines(video.Transcript.Segments, LineSpan);
        var wholeBudget = Budget(WholeRequest(job, ""), FinalOutputTokens);
        var chunks = CaptionChunker.Chunk(lines, CaptionChunker.Stamped, client.CountTokens, wholeBudget);
        var summary = chunks.Count == 1
            ? await WholeAsync(job, chunks[0], cancellationToken)
            : await MapReduceAsync(job, lines, cancellationToken);

        if (summary.Tldr.Length == 0 && summary.Takeaways.Count == 0)
        {
            throw new LlmUnavailableException("The model's summary did not follow the requested format.");
        }

        await cache.SetSummaryAsync(key, summary);
        VideoLlmLog.JobCost(logger, "summary", name, language, model, job.Usage.Calls, job.Usage.InputTokens, job.Usage.OutputTokens, job.Chunks);
        return summary with { Llm = new LlmJobReport(provider, job.Usage) };
    }

    /// <summary>
    /// How many transcript tokens a call may carry: the configured chunk size, bounded by the context less the
    /// prompt around the data and the answer's reserve.
    /// </summary>
    internal int Budget(LlmRequest emptyRequest, int outputTokens)
    {
        var overhead = client.CountTokens(emptyRequest.System) + client.CountTokens(emptyRequest.User) + Margin;
        var room = client.Provider.ContextTokens - overhead - outputTokens;
        if (room < 200)
        {
            throw new LlmUnavailableException($"The model's context ({client.Provider.ContextTokens} tokens) is too small for a summary.");
        }

        return Math.Min(_options.LlmSummaryChunkTokens, room);
    }

    private static string VideoName(VideoTranscript video) =>
        video.Transcript.Source == TranscriptSource.Attachment ? "an attached file" : video.Metadata.Id.Value;

    /// <summary>One summary job's state: what it is for, and what it has cost so far.</summary>
    private sealed class Job(VideoTranscript video, string language, VideoJobProgress progress)
    {
        /// <summary>The delimiters of this job's data; one nonce for all its calls.</summary>
        public DataFence Fence { get; } = DataFence.Create();

        public VideoTranscript Video { get; } = video;

        public string Language { get; } = language;

        public VideoJobProgress Progress { get; } = progress;

        public LlmUsage Usage { get; set; }

        public int Chunks { get; set; }
    }
}
