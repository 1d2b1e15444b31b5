using LlmTutorBot.Core.Doctor;
using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Embeddings;
using LlmTutorBot.Llm.Http;
using LlmTutorBot.Llm.Tokens;
using LlmTutorBot.Llm.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Llm.Hosting;

public static class LlmServiceCollectionExtensions
{
    /// <summary>The HttpClient every provider call goes through (retries and timeouts in <see cref="LlmRetryHandler"/>).</summary>
    public const string HttpClientName = "LlmTutorBot.Llm";

    /// <summary>
    /// The LLM client: <c>Llm</c> options validated on start, <see cref="ILlmClient"/> (disabled when Llm:Provider is
    /// None, else Semantic Kernel over the configured provider), <see cref="ILlmEmbeddings"/> when Llm:EmbeddingModel is
    /// set, the token budget (unlimited unless another is
    /// registered first), metrics, and the start-up log line naming the provider.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ILlmClient)))
        {
            // Features that need the client add it too (AddFaq does); the HttpClient's handlers must be added once.
            return services;
        }

        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<LlmMetrics>();
        services.TryAddSingleton<ILlmTokenBudget, UnlimitedTokenBudget>();
        services.TryAddTransient<LlmRetryHandler>();
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<LlmRetryHandler>();
        services.AddHttpClient(LlmDoctorCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDoctorCheck, LlmDoctorCheck>());
        services.TryAddSingleton(CreateClient);
        services.TryAddSingleton(CreateEmbeddings);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHelpNote, LlmHelpNote>());
        services.AddHostedService<LlmStartupLog>();
        return services;
    }

    private static ILlmEmbeddings CreateEmbeddings(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (!options.IsEnabled || string.IsNullOrWhiteSpace(options.EmbeddingModel))
        {
            return new DisabledLlmEmbeddings();
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        return new SemanticKernelLlmEmbeddings(ChatServiceFactory.CreateEmbeddings(options, http), options.EmbeddingModel);
    }

    private static ILlmClient CreateClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (!options.IsEnabled)
        {
            return new DisabledLlmClient();
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var chat = ChatServiceFactory.CreateChat(options, http, services.GetRequiredService<ILoggerFactory>());
        return new SemanticKernelLlmClient(
            chat,
            options,
            new LlmTokenizer(options.Model),
            services.GetRequiredService<ILlmTokenBudget>(),
            services.GetRequiredService<LlmMetrics>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<SemanticKernelLlmClient>>());
    }
}
