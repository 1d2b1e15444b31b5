using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Faq;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Faq;

/// <summary>The bot with the FAQ and an OpenAI-compatible model at a <see cref="FakeOpenAiServer"/>, state in Redis.</summary>
internal sealed class GroundedFaqBot : IAsyncDisposable
{
    public const string Model = "gpt-4o-mini";

    private readonly ServiceProvider _services;

    private GroundedFaqBot(FakeOpenAiServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public FakeOpenAiServer Server { get; }

    public static async Task<GroundedFaqBot> StartAsync(RedisFixture redis, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var server = await FakeOpenAiServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = Model,
            ["Llm:MaxRetries"] = "1",
            ["Llm:RetryBaseDelayMilliseconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = BotServices.Build(redis.ConnectionString, values, s =>
        {
            configure?.Invoke(s);
            s.AddFaq();
        });
        return new GroundedFaqBot(server, services);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Sends a message in a new conversation (so no follow-up logic applies) unless one is given.</summary>
    public Task<TurnResult> AskAsync(string text, IProgressSink? progress = null, Core.Messaging.ConversationAddress? conversation = null) =>
        _services.GetRequiredService<TurnProcessor>().ProcessAsync(
            Messages.Text(conversation ?? Messages.NewConversation(), Messages.NewUser(), text),
            progress,
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
