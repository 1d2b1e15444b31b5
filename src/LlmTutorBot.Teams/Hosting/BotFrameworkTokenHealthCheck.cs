using LlmTutorBot.Teams.Connector;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LlmTutorBot.Teams.Hosting;

/// <summary>
/// Part of /readyz: with an app id, the bot can get a Connector token (secret, certificate or managed identity);
/// unhealthy, saying why, when it cannot, so the bot takes no traffic it could not answer.
/// </summary>
public sealed class BotFrameworkTokenHealthCheck(ConnectorTokenProvider tokens) : IHealthCheck
{
    public const string Name = "botframework-token";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!tokens.IsRequired)
        {
            return HealthCheckResult.Healthy("No MicrosoftAppId: no Connector token is needed.");
        }

        return await tokens.GetTokenAsync(cancellationToken) is not null
            ? HealthCheckResult.Healthy("A Connector token is at hand.")
            : HealthCheckResult.Unhealthy($"No Bot Framework token: {tokens.LastFailure ?? "unknown reason"}. Replies to Teams cannot be sent.");
    }
}
