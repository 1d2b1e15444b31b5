using LlmTutorBot.Teams;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Feedback;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Teams.Rendering;
using LlmTutorBot.Teams.Turns;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// The Teams reply path without the pipeline: the bot's services (Teams, Redis) on the test's Redis, a Connector
/// client that talks to the <see cref="FakeBotFramework"/> unauthenticated, and a fake clock for the sinks.
/// </summary>
internal sealed class TeamsSinkHarness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HttpClient _http = new();

    public TeamsSinkHarness(string redis, FakeBotFramework fake, params (string Key, string? Value)[] settings)
    {
        Fake = fake;
        _services = BotServices.Build(redis, settings.ToDictionary(s => s.Key, s => s.Value), s =>
        {
            s.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
            s.AddTeams();
        });
        var tokens = new ConnectorTokenProvider(
            _services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(new BotFrameworkOptions()),
            Options.Create(new BotFrameworkCredentials()),
            Options.Create(new ManagedIdentityEnvironment()),
            Time,
            NullLogger<ConnectorTokenProvider>.Instance);
        Connector = new ConnectorClient(_http, tokens, NullLogger<ConnectorClient>.Instance);
    }

    public FakeBotFramework Fake { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    public ConnectorClient Connector { get; }

    public TeamsFeedbackStore Feedback => _services.GetRequiredService<TeamsFeedbackStore>();

    public TeamsFileOffers Offers => _services.GetRequiredService<TeamsFileOffers>();

    public TeamsReplyComposer Composer(int maxMessageLength = 20_000) => new(new TeamsReplyRenderer(maxMessageLength, AdaptiveAction.Execute), Offers);

    public ConversationReference Reference(string conversationType, string? conversationId = null) =>
        new(Fake.ServiceUrl, conversationId ?? $"a:{conversationType}-{Guid.NewGuid():N}", "user-activity-1", "28:bot", "LlmTutorBot", "tenant-1", "msteams", conversationType);

    public TeamsStreamingSink Streaming(ConversationReference reference, TimeSpan? interval = null) =>
        new(Connector, reference, Composer(), Feedback, "en-US", interval ?? TimeSpan.FromSeconds(1.5), Time, NullLogger.Instance);

    public TeamsProgressSink Edited(ConversationReference reference) =>
        new(Connector, reference, Composer(), Feedback, "en-US", TimeSpan.FromSeconds(1), Time);

    public void Dispose()
    {
        _http.Dispose();
        _services.Dispose();
    }
}
