using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>Says loudly at start when the bot runs without an app id (unauthenticated from this machine when allowed, else closed).</summary>
public sealed class BotFrameworkStartup(IOptions<BotFrameworkCredentials> credentials, IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsConfigured && options.Value.AllowUnauthenticatedLocal == true)
        {
            TeamsLog.LocalModeWarning(logger);
        }
        else if (!credentials.Value.IsConfigured)
        {
            TeamsLog.ClosedWithoutAppId(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
