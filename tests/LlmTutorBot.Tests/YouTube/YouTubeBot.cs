using LlmTutorBot.Core;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Redis;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The bot with the video features, Redis state and cache (unique prefix), and YouTube at a given base URL.</summary>
internal sealed class YouTubeBot : IDisposable
{
    private readonly ServiceProvider _services;

    public YouTubeBot(string redisConnectionString, string youTubeBaseUrl, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redisConnectionString,
            ["State:KeyPrefix"] = RedisFixture.UniquePrefix(),
            ["YouTube:BaseUrl"] = youTubeBaseUrl,
            ["YouTube:RequestTimeout"] = "00:00:05",

            // Retries of 5xx answers wait a millisecond, not half a second; RetryTests checks the real backoff on a fake clock.
            ["YouTube:RetryBaseDelay"] = "00:00:00.001",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddBotCore();
        services.AddRedisState();
        services.AddYouTube();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Processor = _services.GetRequiredService<TurnProcessor>();
    }

    public ConversationAddress Conversation { get; } = Messages.NewConversation(ChatPlatform.Discord, "thread-1");

    public ChatUser User { get; } = Messages.NewUser();

    public TurnProcessor Processor { get; }

    public RecordingProgress Progress { get; } = new();

    public VideoTranscripts Transcripts => _services.GetRequiredService<VideoTranscripts>();

    public IServiceProvider Services => _services;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<TurnResult> SendAsync(string text, string? locale = null, params InboundAttachment[] attachments) =>
        Processor.ProcessAsync(Messages.Text(Conversation, User, text, locale) with { Attachments = attachments }, Progress, TestContext.Current.CancellationToken);

    public void Dispose() => _services.Dispose();

    /// <summary>Every progress update a turn reported.</summary>
    internal sealed class RecordingProgress : IProgressSink
    {
        public List<ProgressUpdate> Updates { get; } = [];

        public ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
        {
            lock (Updates)
            {
                Updates.Add(update);
            }

            return ValueTask.CompletedTask;
        }
    }
}
