using LlmTutorBot.Core;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// The real pipeline over a real Redis protocol server: the one LLMTUTORBOT_BENCH_REDIS names, else an
/// in-process Garnet (memory only). Logging is off, as it would be at Warning in production.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly EmbeddedRedisServer? _garnet;
    private readonly ServiceProvider _services;

    public PipelineHarness(Action<IServiceCollection>? addFeatures = null)
    {
        var connectionString = Environment.GetEnvironmentVariable("LLMTUTORBOT_BENCH_REDIS");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            _garnet = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Persist = false }), NullLoggerFactory.Instance);
            connectionString = _garnet.EnsureStarted();
            Server = "embedded Garnet";
        }
        else
        {
            Server = $"Redis at {connectionString}";
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = connectionString,
            ["State:KeyPrefix"] = $"bench:{Guid.NewGuid():N}:",
            // Messages are counted against both rate limits, as in production, but the limits are never reached.
            ["Quotas:UserMessagesPerMinute"] = "1000000",
            ["Quotas:GroupMessagesPerMinute"] = "10000000",
        }).Build());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddBotCore();
        services.AddRedisState();
        addFeatures?.Invoke(services);
        _services = services.BuildServiceProvider();
        Processor = _services.GetRequiredService<TurnProcessor>();
        RoundTrips = _services.GetRequiredService<RedisRoundTrips>();
    }

    public string Server { get; }

    public TurnProcessor Processor { get; }

    public RedisRoundTrips RoundTrips { get; }

    public IServiceProvider Services => _services;

    public static InboundMessage Message(int conversation, string text) => new()
    {
        Conversation = new ConversationAddress(ChatPlatform.Discord, $"bench-{conversation}"),
        User = new ChatUser($"user-{conversation}"),
        Text = text,
        GroupId = "bench-guild",
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _garnet?.Dispose();
    }
}
