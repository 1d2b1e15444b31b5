using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmTutorBot.Benchmarks.Discord;

/// <summary>
/// The whole Discord adapter under disturbance: the fake gateway drops the connection on a schedule and replays
/// events on resume, the events ("/help" as DMs in 1,000 channels, one in ten a /help slash command) go through the
/// dispatcher, the turn queue and the pipeline (Garnet state), and the answers to the fake REST, which can fail a
/// share of calls with 502 (seeded; half before doing anything, half after doing what was asked, as a proxy that
/// timed out). Counts events lost and handled twice, answers produced and answers delivered (a message the fake
/// created in reply to the turn's message, or an edit of the interaction's original response), lost and duplicated.
/// </summary>
internal static class DiscordSoak
{
    private const string ApplicationId = "352205866889641984";

    public static async Task RunAsync(TimeSpan duration, TimeSpan dropEvery, int eventsPerSecond, double rest502, int seed)
    {
        await using var gateway = await FakeDiscordGateway.StartAsync();
        gateway.HeartbeatIntervalMs = 2_000;
        gateway.ReplayOverlap = 5;
        await using var rest = await FakeDiscordRest.StartAsync();
        var random = new Random(seed);
        var randomLock = new Lock();
        var faults = 0;
        var faultsAfter = 0;
        rest.Faults = _ =>
        {
            lock (randomLock)
            {
                if (rest502 <= 0 || random.NextDouble() >= rest502)
                {
                    return null;
                }

                var after = random.Next(2) == 1;
                faults++;
                faultsAfter += after ? 1 : 0;
                return new FakeFault(502, after);
            }
        };

        await using var harness = new PipelineHarness(services =>
        {
            services.AddDiscord();
            services.PostConfigure<DiscordOptions>(o =>
            {
                o.ApiBaseUrl = rest.BaseUrl;
                o.BotToken = "bench-token";
                o.ApplicationId = ApplicationId;
            });
        });
        var produced = 0L;
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == "llmtutorbot.messages")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref produced, value));
        meters.Start();

        var queue = harness.Services.GetRequiredService<DiscordTurnQueue>();
        var handled = new ConcurrentDictionary<string, int>();
        var handler = new CountingHandler(handled, harness.Services.GetRequiredService<IGatewayDispatchHandler>());
        using var stop = new CancellationTokenSource();
        await queue.StartAsync(stop.Token);
        var client = new DiscordGatewayClient(0, 1, gateway.Url, "bench-token", handler, new IdentifyLimiter(TimeProvider.System, NullLogger<IdentifyLimiter>.Instance) { Timings = GatewayFigures.Fast }, GatewayFigures.Fast, TimeProvider.System, NullLogger.Instance);
        var running = client.RunAsync(stop.Token);
        await gateway.WaitUntilAsync(g => g.IsLive);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Discord soak through the adapter: {duration.TotalSeconds:F0} s, {eventsPerSecond} events/s (one in ten a /help slash command), the connection disturbed every {dropEvery.TotalSeconds:F0} s (drop, RECONNECT, resumable INVALID_SESSION in turn), 5 already-seen events replayed on each resume; REST fails {rest502:P0} of calls with 502 (seed {seed}), {harness.Server}"));
        var published = 0L;
        var interactions = 0L;
        var disturbances = 0;
        var clock = Stopwatch.StartNew();
        var nextDisturbance = dropEvery;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * eventsPerSecond);
            while (published < due)
            {
                var id = ++published;
                if (id % 10 == 0)
                {
                    interactions++;
                    await gateway.PublishAsync("INTERACTION_CREATE", Slash(id));
                }
                else
                {
                    await gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(id, channel: 700 + (id % 1000), author: 42 + (id % 1000)));
                }
            }

            if (clock.Elapsed >= nextDisturbance)
            {
                nextDisturbance += dropEvery;
                switch (disturbances++ % 3)
                {
                    case 0:
                        await gateway.DropAsync();
                        break;
                    case 1:
                        await gateway.RequestReconnectAsync();
                        break;
                    default:
                        await gateway.InvalidateSessionAsync(resumable: true);
                        break;
                }
            }

            await Task.Delay(5);
        }

        // Let the last resume finish, the queue drain and the retries (a minute at most each) end: wait while
        // something is still moving, for 10 minutes at most.
        var (delivered, duplicated) = Delivered(rest);
        var lastMove = Stopwatch.StartNew();
        var seen = (Produced: -1L, Delivered: -1L);
        while ((handled.Count < published || Interlocked.Read(ref produced) < handled.Count || delivered < Interlocked.Read(ref produced))
            && lastMove.Elapsed < TimeSpan.FromSeconds(75) && clock.Elapsed < duration + TimeSpan.FromMinutes(10))
        {
            await Task.Delay(500);
            (delivered, duplicated) = Delivered(rest);
            var now = (Interlocked.Read(ref produced), delivered);
            if (now != seen)
            {
                seen = now;
                lastMove.Restart();
            }
        }

        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await running;
        await queue.StopAsync(CancellationToken.None);
        (delivered, duplicated) = Delivered(rest);
        var answers = Interlocked.Read(ref produced);
        var requests = rest.Requests.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events: published {published:N0} ({interactions:N0} slash commands), handled {handled.Count:N0} distinct, lost {published - handled.Count}, handled twice {handled.Count(p => p.Value > 1)}; {disturbances} disturbances, {gateway.Resumes.Count} resumes, {gateway.Identifies.Count} identify, {client.DuplicatesDropped} replayed duplicates dropped by sequence"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers: produced {answers:N0}, delivered {delivered:N0}, lost {answers - delivered}, duplicated {duplicated} (turns answered by more than one message); REST: {requests:N0} requests, {faults:N0} failed with 502 ({faultsAfter:N0} after doing what was asked), {requests - faults:N0} answered normally; {elapsed.TotalSeconds:F0} s until settled"));
    }

    /// <summary>Turns answered (at least once) and turns answered more than once, from what the fake REST did.</summary>
    private static (long Delivered, long Duplicated) Delivered(FakeDiscordRest rest)
    {
        var perTurn = new Dictionary<string, int>(StringComparer.Ordinal);
        var edited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in rest.Applied)
        {
            var segments = request.Path.Trim('/').Split('/');
            if (request.Method == "POST" && segments is ["channels", _, "messages"]
                && request.Body.TryGetProperty("message_reference", out var reference) && reference.TryGetProperty("message_id", out var turn))
            {
                var key = turn.GetString()!;
                perTurn[key] = perTurn.GetValueOrDefault(key) + 1;
            }
            else if (request.Method == "PATCH" && segments is ["webhooks", _, var token, "messages", "@original"])
            {
                edited.Add(token["tok-".Length..]);
            }
            else if (request.Method == "POST" && segments is ["webhooks", _, var followedUp])
            {
                // A follow-up is a message of its own: a second one for a one-message answer is a duplicate.
                var key = followedUp["tok-".Length..];
                perTurn[key] = perTurn.GetValueOrDefault(key) + 1;
            }
        }

        edited.UnionWith(perTurn.Keys);
        return (edited.Count, perTurn.Count(p => p.Value > 1));
    }

    /// <summary>INTERACTION_CREATE for "/help" typed in a DM; its token names it.</summary>
    private static string Slash(long id) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","application_id":"{{ApplicationId}}","type":2,"token":"tok-{{id}}","channel_id":"{{700 + (id % 1000)}}","user":{"id":"{{42 + (id % 1000)}}","username":"ada"},"locale":"en-US","data":{"id":"1","name":"help","type":1} }""");

    /// <summary>Counts each message and interaction id, then hands the event to the adapter's dispatcher.</summary>
    private sealed class CountingHandler(ConcurrentDictionary<string, int> handled, IGatewayDispatchHandler inner) : IGatewayDispatchHandler
    {
        public ValueTask HandleAsync(int shardId, string eventName, JsonElement data, CancellationToken cancellationToken)
        {
            if (eventName is "MESSAGE_CREATE" or "INTERACTION_CREATE" && data.TryGetProperty("id", out var id))
            {
                handled.AddOrUpdate(id.GetString()!, 1, (_, n) => n + 1);
            }

            return inner.HandleAsync(shardId, eventName, data, cancellationToken);
        }
    }
}
