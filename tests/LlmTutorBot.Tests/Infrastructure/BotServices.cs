using LlmTutorBot.Core;
using LlmTutorBot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>The bot's real services (core and Redis state) over a test's own configuration.</summary>
internal static class BotServices
{
    /// <summary>Builds a provider on <paramref name="redisConnectionString"/> with a unique key prefix unless one is given.</summary>
    public static ServiceProvider Build(string redisConnectionString, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? addFeatures = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redisConnectionString,
            ["State:KeyPrefix"] = RedisFixture.UniquePrefix(),
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
        addFeatures?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>
    /// A connection string to a port nothing listens on, failing fast: port 1, outside the ephemeral range the suite's own
    /// listeners take (a free port picked and released here could be taken by a parallel test's server meanwhile).
    /// </summary>
    public static string UnreachableRedis() => "127.0.0.1:1,connectTimeout=200,syncTimeout=300,asyncTimeout=300,connectRetry=0";
}
