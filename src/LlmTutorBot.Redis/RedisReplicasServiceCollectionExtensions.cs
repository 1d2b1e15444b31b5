using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Redis.Jobs;
using LlmTutorBot.Redis.Replicas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis;

public static class RedisReplicasServiceCollectionExtensions
{
    /// <summary>
    /// What several replicas on one Redis share: the job queue for long turns (section <c>Jobs</c>: the lists, this
    /// replica's workers and the reaper that puts a dead replica's jobs back), event de-duplication, named leases
    /// (Discord shards) and notes (a Discord gateway stopped for every replica). Adapters register an <see cref="IJobDelivery"/> each. Needs AddRedisState.
    /// </summary>
    public static IServiceCollection AddRedisReplicas(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobOptions>, JobOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RedisJobStore>();
        services.TryAddSingleton<IJobQueueWriter>(sp => sp.GetRequiredService<RedisJobStore>());
        services.TryAddSingleton<JobWorkerService>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorkerService>());
        services.TryAddSingleton<JobReaperService>();
        services.AddHostedService(sp => sp.GetRequiredService<JobReaperService>());

        services.TryAddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
        services.TryAddSingleton<RedisLeaseStore>();
        services.TryAddSingleton<ILeaseStore>(sp => sp.GetRequiredService<RedisLeaseStore>());
        services.TryAddSingleton<IReplicaNotes, RedisReplicaNotes>();
        return services;
    }
}
