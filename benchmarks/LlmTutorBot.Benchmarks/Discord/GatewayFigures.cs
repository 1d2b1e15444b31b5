using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmTutorBot.Benchmarks.Discord;

/// <summary>
/// Discord gateway figures against the fake gateway on loopback: events per second through the gateway client
/// (alone, and on into the pipeline's router with Redis state, 16 turns at a time as the adapter runs them).
/// The soak is <see cref="DiscordSoak"/>.
/// </summary>
internal static class GatewayFigures
{
    /// <summary>Reconnects and identifies spaced for a benchmark, not for Discord.</summary>
    internal static readonly GatewayTimings Fast = new()
    {
        ReconnectMin = TimeSpan.FromMilliseconds(50),
        ReconnectMax = TimeSpan.FromMilliseconds(500),
        InvalidSessionMin = TimeSpan.FromMilliseconds(50),
        InvalidSessionMax = TimeSpan.FromMilliseconds(200),
        IdentifySpacing = TimeSpan.FromMilliseconds(50),
    };

    public static async Task ThroughputAsync(int events)
    {
        Console.WriteLine($"Discord gateway throughput: {events:N0} MESSAGE_CREATE events (\"/help\" in 1,000 DM channels), fake gateway on loopback; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        await MeasureAsync("gateway client only", events, intoRouter: false);
        await MeasureAsync("gateway → router (Redis state)", events, intoRouter: true);
    }

    private static async Task MeasureAsync(string label, int events, bool intoRouter)
    {
        await using var gateway = await FakeDiscordGateway.StartAsync();
        await using var harness = intoRouter ? new PipelineHarness() : null;
        var handled = new ConcurrentDictionary<string, int>();
        var turns = intoRouter ? Channel.CreateUnbounded<InboundMessage>() : null;
        var routed = 0L;
        var workers = turns is null
            ? []
            : Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                await foreach (var message in turns.Reader.ReadAllAsync())
                {
                    await harness!.Processor.ProcessAsync(message);
                    Interlocked.Increment(ref routed);
                }
            })).ToArray();
        var handler = new CountingHandler(handled, turns?.Writer);
        using var stop = new CancellationTokenSource();
        var client = Client(gateway, handler);
        var running = client.RunAsync(stop.Token);
        await gateway.WaitUntilAsync(g => g.IsLive);

        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= events; i++)
        {
            // A thousand DM channels, each its own conversation, as in the pipeline's quick figure.
            await gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(i, channel: 700 + (i % 1000), author: 42 + (i % 1000)));
        }

        while ((intoRouter ? Interlocked.Read(ref routed) : handled.Count) < events && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(1);
        }

        clock.Stop();
        turns?.Writer.Complete();
        await Task.WhenAll(workers);
        await stop.CancelAsync();
        await running;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-34} {events / clock.Elapsed.TotalSeconds,10:F0} events/s  ({events:N0} in {clock.Elapsed.TotalMilliseconds:F0} ms)"));
    }

    private static DiscordGatewayClient Client(FakeDiscordGateway gateway, IGatewayDispatchHandler handler) =>
        new(0, 1, gateway.Url, "bench-token", handler, new IdentifyLimiter(TimeProvider.System, NullLogger<IdentifyLimiter>.Instance) { Timings = Fast }, Fast, TimeProvider.System, NullLogger.Instance);

    /// <summary>Counts each message id; with a writer, converts the message as the adapter does and hands it to the router's workers.</summary>
    private sealed class CountingHandler(ConcurrentDictionary<string, int> handled, ChannelWriter<InboundMessage>? turns) : IGatewayDispatchHandler
    {
        public ValueTask HandleAsync(int shardId, string eventName, JsonElement data, CancellationToken cancellationToken)
        {
            if (eventName != "MESSAGE_CREATE")
            {
                return ValueTask.CompletedTask;
            }

            var message = data.Deserialize(DiscordJsonContext.Default.DiscordMessage)!;
            handled.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            if (turns is not null && DiscordInboundConverter.FromMessage(message, FakeDiscordGateway.BotUserId, null) is { } turn)
            {
                turns.TryWrite(turn.Message);
            }

            return ValueTask.CompletedTask;
        }
    }
}
