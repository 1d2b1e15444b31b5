using LlmTutorBot.Core.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LlmTutorBot.Observability;

internal static class ObservabilityExtensions
{
    /// <summary>The standard variable OpenTelemetry SDKs read, honoured when Observability:OtlpEndpoint is empty.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces (the bot's "LlmTutorBot" source, ASP.NET Core, outgoing HTTP) and metrics (the "LlmTutorBot"
    /// meter: messages, latency, jobs, cache, quotas, Redis round trips, LLM tokens and cost; ASP.NET Core and HTTP),
    /// exported over OTLP. With no endpoint configured the SDK is not even added: nothing leaves the process.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ObservabilityOptions>().BindConfiguration(ObservabilityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ObservabilityOptions.SectionName).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var endpoint = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? builder.Configuration[StandardEndpointVariable] : options.OtlpEndpoint;
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var collector) || collector.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException(
                $"Observability:OtlpEndpoint (or {StandardEndpointVariable}) must be an http(s) URL such as http://otel-collector:4317; it is '{endpoint}'.");
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTracing.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter(options.OtlpProtocol, collector);
        return builder;
    }

    // Probes every few seconds would drown the traces that matter.
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
