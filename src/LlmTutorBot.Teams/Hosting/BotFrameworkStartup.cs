using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>Says loudly at start when the bot runs without an app id (unauthenticated, loopback only).</summary>
public sealed class BotFrameworkStartup(IOptions<BotFrameworkCredentials> credentials, ILogger<BotFrameworkStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsConfigured)
        {
            TeamsLog.LocalModeWarning(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
