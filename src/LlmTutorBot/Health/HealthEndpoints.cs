using System.Text.Json;
using LlmTutorBot.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LlmTutorBot.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process is alive (no dependency is checked). /readyz: every check tagged "ready" (Redis);
    /// degraded answers 200 with "Degraded" in the body so the bot keeps taking traffic while saying what is wrong.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteJsonAsync,
        });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteJsonAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthResponse(
            report.Status.ToString(),
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthCheckResponse(e.Value.Status.ToString(), e.Value.Description, e.Value.Duration.TotalMilliseconds)));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HostJsonContext.Default.HealthResponse, context.RequestAborted);
    }
}

internal sealed record HealthResponse(string Status, IReadOnlyDictionary<string, HealthCheckResponse> Checks);

internal sealed record HealthCheckResponse(string Status, string? Description, double DurationMs);
