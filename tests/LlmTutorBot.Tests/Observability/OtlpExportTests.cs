using LlmTutorBot.Core;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using LlmTutorBot.Observability;
using LlmTutorBot.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LlmTutorBot.Tests.Observability;

/// <summary>AddObservability: OTLP export to a loopback collector when an endpoint is set, and nothing otherwise.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_endpoint_a_turns_spans_and_the_bots_metrics_reach_the_collector()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var app = Build(("Observability:OtlpEndpoint", collector.Address.ToString()), ("Observability:OtlpProtocol", "HttpProtobuf"));
        var tracer = app.Services.GetRequiredService<TracerProvider>();
        var meters = app.Services.GetRequiredService<MeterProvider>();
        var conversation = $"otlp-{Guid.NewGuid():N}";

        await app.Services.GetRequiredService<TurnProcessor>().ProcessAsync(
            new InboundMessage { Conversation = new ConversationAddress(ChatPlatform.WebChat, conversation), User = new ChatUser("u1"), Text = "/help" },
            cancellationToken: TestContext.Current.CancellationToken);
        var flushed = (tracer.ForceFlush(30_000), meters.ForceFlush(30_000));

        Assert.Equal((true, true), flushed);
        Assert.True(collector.Received("/v1/traces", conversation), "the turn's span did not reach the collector");
        Assert.True(collector.Received("/v1/traces", "state.load"));
        Assert.True(collector.Received("/v1/metrics", "llmtutorbot.messages"));
        Assert.True(collector.Received("/v1/metrics", "llmtutorbot.turn.duration"));
        Assert.True(collector.Received("/v1/traces", "llmtutorbot"), "the service name is missing");
    }

    [Fact]
    public async Task The_standard_otel_variable_turns_export_on_too()
    {
        await using var app = Build(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_exported_and_no_sdk_is_added()
    {
        await using var app = Build();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void An_endpoint_that_is_not_an_http_url_stops_the_start_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Observability:OtlpEndpoint", "otel-collector:4317")));

        Assert.Contains("Observability:OtlpEndpoint", error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddBotCore();
        builder.Services.AddSingleton<IConversationStore>(new InMemoryConversationStore());
        builder.AddObservability();
        return builder.Build();
    }
}
