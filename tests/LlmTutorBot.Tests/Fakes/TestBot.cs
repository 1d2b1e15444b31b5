using LlmTutorBot.Core;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>
/// The core bot wired as a host wires it (AddBotCore, configuration, logging), with an in-memory store and a manual clock.
/// </summary>
internal sealed class TestBot : IDisposable
{
    public static readonly ConversationAddress Conversation = new(ChatPlatform.Cli, "conversation-1");

    public static readonly ConversationAddress OtherConversation = new(ChatPlatform.Discord, "channel-2", "thread-3");

    public static readonly ChatUser User = new("user-1", "Ada");

    private readonly ServiceProvider _services;

    public TestBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? addServices = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddBotCore();
        services.AddSingleton<IConversationStore>(Store);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        addServices?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Processor = _services.GetRequiredService<TurnProcessor>();
    }

    public InMemoryConversationStore Store { get; } = new();

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public TurnProcessor Processor { get; }

    /// <summary>The bot's services, for tests that listen to its meter or resolve what it registered.</summary>
    public IServiceProvider Services => _services;

    public CommandCatalog Catalog => _services.GetRequiredService<CommandCatalog>();

    public Task<TurnResult> SendAsync(string text, string? locale = null, ConversationAddress? conversation = null, ChatUser? user = null) =>
        Processor.ProcessAsync(
            new InboundMessage { Conversation = conversation ?? Conversation, User = user ?? User, Text = text, Locale = locale },
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>What the store holds for a conversation and user (this counts as a load).</summary>
    public Task<ConversationState> StoredAsync(ConversationAddress? conversation = null, ChatUser? user = null) =>
        Store.LoadAsync(conversation ?? Conversation, user ?? User, TestContext.Current.CancellationToken);

    public void Dispose() => _services.Dispose();
}
