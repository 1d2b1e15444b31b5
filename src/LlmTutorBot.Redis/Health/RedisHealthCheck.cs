using System.Globalization;
using LlmTutorBot.Redis.Connection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Health;

/// <summary>
/// Pings the state store. Unreachable is <see cref="HealthStatus.Degraded"/>, not unhealthy: the bot still answers,
/// without memory, and /readyz says so.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync();
            var latency = await database.PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy(
                string.Create(CultureInfo.InvariantCulture, $"{connection.Description} answered in {latency.TotalMilliseconds:F1} ms"));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded(
                $"{connection.Description} is unreachable: the bot answers without conversation memory until it is back",
                exception);
        }
    }
}
