using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Llm;

/// <summary>The real LLM services (Semantic Kernel client, retries, metrics) pointed at a <see cref="FakeOpenAiServer"/>.</summary>
internal static class LlmServices
{
    public const string Model = "gpt-4o-mini";

    /// <summary>Settings for an OpenAI-compatible provider at the fake, with fast retries; <paramref name="overrides"/> win.</summary>
    public static Dictionary<string, string?> Settings(FakeOpenAiServer server, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = Model,
            ["Llm:MaxRetries"] = "2",
            ["Llm:RetryBaseDelayMilliseconds"] = "1",
            ["Llm:TimeoutSeconds"] = "30",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        configure?.Invoke(services);
        services.AddLlm();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
