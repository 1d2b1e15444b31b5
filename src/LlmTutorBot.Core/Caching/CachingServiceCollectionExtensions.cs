using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Core.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The largest entry the bot caches: a long video's transcript is a few hundred kilobytes.</summary>
    public const int MaximumPayloadBytes = 16 * 1024 * 1024;

    /// <summary>
    /// HybridCache (an in-process first level with stampede protection and tags) over whatever
    /// <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> is registered (Redis or the embedded
    /// store, from AddRedisState), with the entries of <paramref name="context"/> serialized by its generated code.
    /// </summary>
    public static IServiceCollection AddBotCache(this IServiceCollection services, JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddHybridCache(options => options.MaximumPayloadBytes = MaximumPayloadBytes);
        services.AddSingleton<IHybridCacheSerializerFactory>(new SourceGeneratedJsonSerializerFactory(context));
        return services;
    }
}
