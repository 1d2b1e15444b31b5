using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Core.State;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.Redis.Caching;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Redis.Health;
using LlmTutorBot.Redis.Quotas;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Conversation state in Redis (<c>ConnectionStrings:Redis</c>), or in an embedded Garnet server when no
    /// connection string is set; the message rate limits and the daily LLM token budget (<c>Quotas</c>); plus the
    /// "redis" health check.
    /// </summary>
    public static IServiceCollection AddRedisState(this IServiceCollection services)
    {
        services.AddOptions<RedisConnectionOptions>()
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration.GetConnectionString("Redis"));
        services.AddOptions<EmbeddedRedisOptions>().BindConfiguration(EmbeddedRedisOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddedRedisOptions>, EmbeddedRedisOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton<EmbeddedRedisServer>();
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisRoundTrips>();
        // The second level of the features' HybridCache (transcripts, LLM results, FAQ answers), on the same connection.
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache, RedisDistributedCache>());
        // Result files (subtitles, bilingual text) at their links: a store, not a cache, so Redis down is an error there.
        services.TryAddSingleton<IExpiringFileStore, RedisExpiringFileStore>();
        services.TryAddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<StateOptions>>().Value.KeyPrefix));
        services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuotaOptions>, QuotaOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MessageRateLimiter>();
        services.TryAddSingleton<IConversationStore, RedisConversationStore>();

        // Replaces the LLM client's unlimited default, whichever of the two is registered first.
        services.Replace(ServiceDescriptor.Singleton<ILlmTokenBudget, RedisTokenBudget>());
        services.AddHostedService<RedisStartup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, RedisDoctorCheck>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
