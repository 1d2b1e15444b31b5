using System.Net;
using LlmTutorBot.Core;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Content;
using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.State;
using LlmTutorBot.YouTube.Attachments;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Files;
using LlmTutorBot.YouTube.Handlers;
using LlmTutorBot.YouTube.Jobs;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Questions;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using LlmTutorBot.YouTube.Translations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

public static class YouTubeServiceCollectionExtensions
{
    /// <summary>
    /// The video features: /summarize, /translate, a posted link, questions about the thread's video; the YouTube
    /// client (YouTube:*), the transcript and LLM result caches (HybridCache) and the bundled seed video. Needs AddBotCore and
    /// AddRedisState (the caches' second level and the result file store).
    /// </summary>
    public static IServiceCollection AddYouTube(this IServiceCollection services)
    {
        services.AddOptions<YouTubeOptions>().BindConfiguration(YouTubeOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<YouTubeOptions>, YouTubeOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<YouTubeOptions>, YouTubeClientsValidator>());
        services.AddHostedService<YouTubeStartupCheck>();

        services.TryAddEnumerable(ServiceDescriptor.Transient<IDoctorCheck, YouTubeDoctorCheck>());
        services.AddHttpClient<YouTubeClient>().ConfigurePrimaryHttpMessageHandler(sp =>
        {
            var proxy = YouTubeProxy.Parse(sp.GetRequiredService<IOptions<YouTubeOptions>>().Value.Proxy);
            return new SocketsHttpHandler
            {
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                Proxy = proxy,
                UseProxy = proxy is not null,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            };
        });

        services.AddHttpClient<SubtitleAttachmentReader>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BundledVideos>();
        services.TryAddSingleton(sp => new YouTubeKeys(sp.GetRequiredService<IOptions<StateOptions>>().Value.KeyPrefix));
        // Transcripts and LLM results through HybridCache over the IDistributedCache AddRedisState registers.
        services.AddBotCache(YouTubeJsonContext.Default);
        services.TryAddSingleton<TranscriptCache>();
        services.TryAddSingleton<VisitorData>();
        services.TryAddSingleton<FetchRateLimiter>();
        services.TryAddSingleton<CaptionFetcher>();
        services.TryAddSingleton<VideoTranscripts>();
        // The LLM engines when an ILlmClient (AddLlm) is registered and Llm:Provider is set; the embedded ones otherwise.
        services.TryAddSingleton<LlmResultCache>();
        services.TryAddSingleton<ExtractiveSummaryEngine>();
        services.TryAddSingleton<YouTubeTranslationEngine>();
        services.AddMetrics();
        services.TryAddSingleton<SummaryMetrics>();
        services.TryAddSingleton<ISummaryEngine, ChoosingSummaryEngine>();
        services.TryAddSingleton<ITranslationEngine, ChoosingTranslationEngine>();
        services.TryAddSingleton<LlmVideoAnswerer>();
        // Where the conversation's video discusses a question, for the FAQ's "the video talks about this at [m:ss]".
        services.TryAddSingleton<IVideoMoments, VideoMoments>();
        services.TryAddSingleton<ResultFileStore>();
        services.AddHostedService<ResultFilesStartup>();
        services.TryAddSingleton<VideoReplies>();

        services.AddCommandHandler<SummarizeHandler>(SummarizeHandler.Definition);
        services.AddCommandHandler<TranslateHandler>(TranslateHandler.Definition);
        services.AddIntentHandler<SubtitleFileHandler>();
        services.AddIntentHandler<VideoLinkHandler>();
        services.AddIntentHandler<VideoQuestionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobSelector, VideoJobSelector>());
        return services;
    }
}
