using LlmTutorBot.Core;
using LlmTutorBot.Core.State;
using LlmTutorBot.Discord;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>The core bot (in-memory state) and the Discord adapter pointed at a fake REST server, on a test's clock.</summary>
internal static class DiscordTestServices
{
    public const string BotToken = "test-bot-token";

    public static ServiceProvider Build(FakeDiscordRest rest, TimeProvider time, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? addServices = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = rest.BaseUrl.ToString(),
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApplicationId"] = "352205866889641984",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddSingleton(time);
        services.AddBotCore();
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore());
        services.AddDiscord();
        addServices?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
