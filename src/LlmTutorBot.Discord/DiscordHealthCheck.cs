using System.Globalization;
using LlmTutorBot.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord;

/// <summary>
/// Discord's line in <c>/readyz</c>: Degraded (the process keeps taking traffic, for Teams and web chat) with the
/// reason when the token was revoked, when a close code stopped the gateway for good, or when the gateway runs
/// without the Message Content intent; Healthy otherwise, with the shards this replica runs.
/// </summary>
internal sealed class DiscordHealthCheck(DiscordStatus status, IOptions<DiscordOptions> options, DiscordGatewayHostedService gateway) : IHealthCheck
{
    public const string Name = "discord";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.HasBotToken)
        {
            return Task.FromResult(HealthCheckResult.Healthy(options.Value.InteractionsConfigured ? "interactions endpoint only (no bot token)" : "not configured"));
        }

        var result = status switch
        {
            { RevokedReason: { } revoked } => HealthCheckResult.Degraded($"the bot token was revoked ({revoked}): set a new Discord:BotToken and restart"),
            { Stop: { } stop } => HealthCheckResult.Degraded($"the gateway is stopped: {stop}; fix it, then restart the bot"),
            { MessageContentDisallowed: true } => HealthCheckResult.Degraded(
                "running without the Message Content intent (Discord refused it: 4014): plain messages in the bot's threads need a mention"),
            _ => HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{gateway.Shards.Count} shard(s) running here")),
        };
        return Task.FromResult(result);
    }
}
