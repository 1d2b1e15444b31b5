using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>
/// The LLM engine when a provider is configured (Llm:Provider), else YouTube's own translation; when the provider
/// cannot answer, YouTube's translation, marked so the reply says why.
/// </summary>
public sealed class ChoosingTranslationEngine : ITranslationEngine
{
    private readonly YouTubeTranslationEngine _embedded;
    private readonly LlmTranslationEngine? _llm;
    private readonly ILlmClient? _client;
    private readonly ILogger<ChoosingTranslationEngine> _logger;

    public ChoosingTranslationEngine(
        YouTubeTranslationEngine embedded,
        LlmResultCache cache,
        IOptions<YouTubeOptions> options,
        IOptions<LlmOptions> llmOptions,
        ILoggerFactory loggers,
        ILlmClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _embedded = embedded;
        _client = client;
        _llm = client is null ? null : new LlmTranslationEngine(client, cache, options, llmOptions, loggers.CreateLogger<LlmTranslationEngine>());
        _logger = loggers.CreateLogger<ChoosingTranslationEngine>();
    }

    public string Name => _client?.IsEnabled == true ? "llm" : _embedded.Name;

    public async Task<TranscriptResult> TranslateAsync(VideoTranscript original, string targetLanguage, VideoJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (_llm is null || _client?.IsEnabled != true)
        {
            return await _embedded.TranslateAsync(original, targetLanguage, progress, cancellationToken);
        }

        try
        {
            return await _llm.TranslateAsync(original, targetLanguage, progress, cancellationToken);
        }
        catch (LlmUnavailableException e)
        {
            VideoLlmLog.ProviderDown(_logger, "translation", original.Metadata.Id.ToString(), e);
            var result = await _embedded.TranslateAsync(original, targetLanguage, progress, cancellationToken);
            return result.Value is { } value
                ? TranscriptResult.Ok(value with { Llm = LlmJobReport.Down(_client.Provider, e) })
                : result;
        }
    }
}
