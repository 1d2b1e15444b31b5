using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace LlmTutorBot.Observability;

/// <summary>Where traces and metrics go. Nothing is exported unless an endpoint is set here or in the standard variable.</summary>
public sealed class ObservabilityOptions
{
    public const string SectionName = "Observability";

    /// <summary>The OTLP collector ("http://otel-collector:4317"); empty: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, else no export.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Grpc (port 4317) or HttpProtobuf (port 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The service.name resource attribute the collector files everything under.</summary>
    [Required]
    public string ServiceName { get; set; } = "llmtutorbot";
}
