using LlmTutorBot.Llm.Chat;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Summaries;

/// <summary>
/// The LLM engine when a provider is configured (Llm:Provider), else the extractive one; when the provider cannot
/// answer, the extractive summary, marked so the reply says why.
/// </summary>
public sealed class ChoosingSummaryEngine : ISummaryEngine
{
    private readonly ExtractiveSummaryEngine _embedded;
    private readonly LlmSummaryEngine? _llm;
    private readonly ILlmClient? _client;
    private readonly ILogger<ChoosingSummaryEngine> _logger;
    private readonly SummaryMetrics? _metrics;

    public ChoosingSummaryEngine(
        ExtractiveSummaryEngine embedded,
        LlmResultCache cache,
        IOptions<YouTubeOptions> options,
        ILoggerFactory loggers,
        ILlmClient? client = null,
        SummaryMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _embedded = embedded;
        _client = client;
        _llm = client is null ? null : new LlmSummaryEngine(client, cache, options, loggers.CreateLogger<LlmSummaryEngine>());
        _logger = loggers.CreateLogger<ChoosingSummaryEngine>();
        _metrics = metrics;
    }

    public string Name => _client?.IsEnabled == true ? "llm" : _embedded.Name;

    public async Task<VideoSummary> SummarizeAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(video);
        var summary = await ChooseAsync(video, language, progress, cancellationToken);
        var name = VideoName(video);
        var path = summary.Path.ToString().ToLowerInvariant();
        VideoLlmLog.SummaryPath(_logger, name, path);
        _metrics?.Took(summary.Path);
        return summary;
    }

    private async Task<VideoSummary> ChooseAsync(VideoTranscript video, string language, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        if (_llm is null || _client?.IsEnabled != true)
        {
            return (await _embedded.SummarizeAsync(video, language, progress, cancellationToken)) with { Path = SummaryPath.Extractive };
        }

        try
        {
            return await _llm.SummarizeAsync(video, language, progress, cancellationToken);
        }
        catch (LlmUnavailableException e)
        {
            VideoLlmLog.ProviderDown(_logger, "summary", video.Metadata.Id.ToString(), e);
            var summary = await _embedded.SummarizeAsync(video, language, progress, cancellationToken);
            return summary with { Llm = LlmJobReport.Down(_client.Provider, e), Path = SummaryPath.Fallback };
        }
    }

    private static string VideoName(VideoTranscript video) =>
        video.Transcript.Source == TranscriptSource.Attachment ? "an attached file" : video.Metadata.Id.Value;
}
