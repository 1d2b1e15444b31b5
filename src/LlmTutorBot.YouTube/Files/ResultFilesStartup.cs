using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Files;

/// <summary>Warns at start-up when the deprecated YouTube:FilesBaseUrl is still set (Bot:PublicBaseUrl replaces it).</summary>
public sealed class ResultFilesStartup(IOptions<BotOptions> bot, IOptions<YouTubeOptions> youTube, ILogger<ResultFilesStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(youTube.Value.FilesBaseUrl))
        {
            YouTubeLog.FilesBaseUrlDeprecated(logger, ResultFileStore.PublicBaseUrl(bot.Value, youTube.Value) ?? "");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
