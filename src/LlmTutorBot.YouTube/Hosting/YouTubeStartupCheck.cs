using LlmTutorBot.YouTube.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>At start-up, warns about YouTube settings that are valid but will not do what the operator meant.</summary>
public sealed class YouTubeStartupCheck(IOptions<YouTubeOptions> options, ILogger<YouTubeStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var warning in Warnings(options.Value))
        {
            YouTubeLog.SettingsWarning(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IEnumerable<string> Warnings(YouTubeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.Cookies) && !options.ClientList.Any(c => c.AcceptsCookies))
        {
            yield return "YouTube:Cookies is set, but no client of YouTube:Clients accepts cookies (AcceptsCookies), so they are never sent. Add a client that accepts them (WEB) or remove the setting.";
        }
    }
}
