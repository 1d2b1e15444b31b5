using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Redis.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis;

public static class RedisJobsServiceCollectionExtensions
{
    /// <summary>
    /// The job queue for long turns (section <c>Jobs</c>): the Redis lists, this replica's workers and the reaper that
    /// puts a dead replica's jobs back. Adapters register an <see cref="IJobDelivery"/> each. Needs AddRedisState.
    /// </summary>
    public static IServiceCollection AddRedisJobs(this IServiceCollection services)
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
        return services;
    }
}
