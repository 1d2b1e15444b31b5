using LlmTutorBot.Llm.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>Says at start-up which provider and model answer (never the key), or that the embedded engines do.</summary>
internal sealed class LlmStartupLog(ILlmClient client, IOptions<LlmOptions> options, ILogger<LlmStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (client.IsEnabled)
        {
            // Scheme, host and path only: no user info or query string, where a careless URL could carry a secret.
            var endpoint = options.Value.EffectiveEndpoint is { } uri ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "";
            LlmLog.Active(logger, client.Provider.Provider, client.Provider.Model, endpoint, client.Provider.ContextTokens);
        }
        else
        {
            LlmLog.Disabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
