using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Llm;

/// <summary>The start-up log names the provider and model, or says the embedded engines answer; never a secret.</summary>
public sealed class LlmStartupLogTests
{
    [Fact]
    public async Task The_start_up_log_names_the_provider_and_model_without_secrets()
    {
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = "http://user:hunter2@127.0.0.1:9/v1?key=abc",
            ["Llm:Model"] = "llama3.2",
            ["Llm:ApiKey"] = "sk-startup-secret",
        };
        await using var services = LlmServices.Build(settings, configure: s => s.AddLogging(b => b.AddProvider(logs)));

        await StartAsync(services);

        var line = Assert.Single(logs.Lines, l => l.Contains("LLM: ", StringComparison.Ordinal));
        Assert.Contains("LLM: OpenAICompatible model llama3.2 at http://127.0.0.1:9/v1, context 128000 tokens", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("hunter2", StringComparison.Ordinal) || l.Contains("sk-startup-secret", StringComparison.Ordinal) || l.Contains("key=abc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_provider_the_log_says_the_embedded_engines_answer()
    {
        var logs = new CapturingLoggerProvider();
        await using var services = LlmServices.Build(new Dictionary<string, string?>(), configure: s => s.AddLogging(b => b.AddProvider(logs)));

        await StartAsync(services);

        Assert.Contains(logs.Lines, l => l.Contains("LLM: none configured (Llm:Provider=None); every skill uses its embedded engine", StringComparison.Ordinal));
    }

    private static async Task StartAsync(ServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
        }
    }
}
