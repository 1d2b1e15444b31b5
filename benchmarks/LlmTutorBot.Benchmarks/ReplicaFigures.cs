using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.Core;
using LlmTutorBot.Core.Jobs;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Discord;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Redis.Jobs;
using LlmTutorBot.Redis.Replicas;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// Several replicas on one Redis (embedded Garnet, or LLMTUTORBOT_BENCH_REDIS): queued jobs per minute with one and
/// two replicas (each job a loopback HTTP call answered after a fixed delay, so the figure shows concurrency and
/// queue overhead), and how long a dead replica's job and Discord shard take to be taken over, per lease length.
/// </summary>
internal static class ReplicaFigures
{
    public static async Task RunAsync(int jobs, int workMs)
    {
        using var garnet = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Persist = false }), NullLoggerFactory.Instance);
        var configured = Environment.GetEnvironmentVariable("LLMTUTORBOT_BENCH_REDIS");
        var redis = string.IsNullOrWhiteSpace(configured) ? garnet.EnsureStarted() : configured;
        await using var work = await SlowServer.StartAsync(workMs);
        Console.WriteLine(Invariant($"Replicas on one Redis ({(string.IsNullOrWhiteSpace(configured) ? "embedded Garnet" : "redis-server")}); {Environment.ProcessorCount} cores; .NET {Environment.Version}"));
        Console.WriteLine(Invariant($"Throughput: {jobs} jobs, each a loopback call answered after {workMs} ms, Jobs:WorkersPerReplica 4, Jobs:PollMilliseconds 250"));
        foreach (var replicas in new[] { 1, 2 })
        {
            var (elapsed, perMinute) = await ThroughputAsync(redis, replicas, jobs, work.Url);
            Console.WriteLine(Invariant($"  {replicas} replica(s): {perMinute,7:F0} jobs/min ({elapsed.TotalSeconds:F2} s; ideal {replicas * 4 * 60_000.0 / workMs:F0})"));
        }

        foreach (var lease in new[] { 2, 5 })
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                times.Add((await JobTakeoverAsync(redis, lease)).TotalSeconds);
            }

            Console.WriteLine(Invariant($"Job takeover, Jobs:LeaseSeconds {lease}: kill → job restarted on the other replica in {string.Join(" / ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s"));
        }

        foreach (var lease in new[] { 2, 5 })
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                times.Add((await ShardTakeoverAsync(redis, lease)).TotalSeconds);
            }

            Console.WriteLine(Invariant($"Shard takeover, Discord:ShardLeaseSeconds {lease}: dead replica's last renewal → shard identified elsewhere in {string.Join(" / ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s"));
        }
    }

    private static async Task<(TimeSpan Elapsed, double PerMinute)> ThroughputAsync(string redis, int replicas, int jobs, Uri work)
    {
        using var http = new HttpClient();
        var done = new CountdownEvent(jobs);
        var prefix = UniquePrefix();
        var providers = Enumerable.Range(0, replicas).Select(_ => Replica(redis, prefix, new SimulatedDelivery(http, work, done), ("Jobs:WorkersPerReplica", "4"))).ToList();
        foreach (var provider in providers)
        {
            await StartAsync(provider);
        }

        var store = providers[0].GetRequiredService<RedisJobStore>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < jobs; i++)
        {
            await store.EnqueueAsync(Job(), CancellationToken.None);
        }

        await Task.Run(() => done.Wait());
        var elapsed = clock.Elapsed;
        foreach (var provider in providers)
        {
            await StopAsync(provider);
        }

        return (elapsed, jobs / elapsed.TotalMinutes);
    }

    private static async Task<TimeSpan> JobTakeoverAsync(string redis, int leaseSeconds)
    {
        var prefix = UniquePrefix();
        var startedOnA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startedOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var settings = new[] { ("Jobs:WorkersPerReplica", "1"), ("Jobs:LeaseSeconds", leaseSeconds.ToString(CultureInfo.InvariantCulture)) };
        var a = Replica(redis, prefix, new SignallingDelivery(startedOnA, hold: true), settings);
        var b = Replica(redis, prefix, new SignallingDelivery(startedOnB, hold: false), settings);
        await StartAsync(a);
        await a.GetRequiredService<RedisJobStore>().EnqueueAsync(Job(), CancellationToken.None);
        await startedOnA.Task;
        await StartAsync(b);

        // A dies in the middle of the job: its workers stop (the job stays in processing) and nothing renews its lease.
        await StopAsync(a);
        var clock = Stopwatch.StartNew();
        await startedOnB.Task;
        var elapsed = clock.Elapsed;
        await StopAsync(b);
        return elapsed;
    }

    private static async Task<TimeSpan> ShardTakeoverAsync(string redis, int leaseSeconds)
    {
        var prefix = UniquePrefix();
        await using var gateway = await FakeDiscordGateway.StartAsync();

        // The gateway address and shard count are set, so no REST call is made; the API address is a closed loopback port.
        var survivor = Replica(redis, prefix, null, ("Discord:BotToken", "bench-token"), ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api"), ("Discord:GatewayUrl", gateway.Url.ToString()),
            ("Discord:ShardCount", "1"), ("Discord:ShardLeaseSeconds", leaseSeconds.ToString(CultureInfo.InvariantCulture)));

        // The dead replica renewed its lease just before dying; the survivor is already running and checking.
        var dead = new RedisLeaseStore(survivor.GetRequiredService<RedisConnection>(), survivor.GetRequiredService<RedisKeys>(), new ReplicaIdentity());
        await dead.TryAcquireAsync("discord-shard:1:0", TimeSpan.FromSeconds(leaseSeconds), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await StartAsync(survivor);
        while (gateway.Identifies.IsEmpty)
        {
            await Task.Delay(5);
        }

        var elapsed = clock.Elapsed;
        await StopAsync(survivor);
        return elapsed;
    }

    private static ServiceProvider Replica(string redis, string prefix, IJobDelivery? delivery, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis, ["State:KeyPrefix"] = prefix };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
        services.AddBotCore();
        services.AddRedisState();
        services.AddRedisReplicas();
        services.AddDiscord();
        if (delivery is not null)
        {
            services.AddSingleton(delivery);
        }

        return services.BuildServiceProvider();
    }

    private static async Task StartAsync(ServiceProvider provider)
    {
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    private static async Task StopAsync(ServiceProvider provider)
    {
        foreach (var service in provider.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
    }

    private static QueuedJob Job() => new(
        Guid.NewGuid().ToString("N"),
        new InboundMessage { Conversation = new ConversationAddress(ChatPlatform.Cli, Guid.NewGuid().ToString("N")), User = new ChatUser("bench"), Text = "/summarize https://youtu.be/An8vtD1FDqs" },
        "{}");

    private static string UniquePrefix() => $"bench:{Guid.NewGuid():N}:";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A job's work: one loopback call that takes the fixed time, then the delivery mark.</summary>
    private sealed class SimulatedDelivery(HttpClient http, Uri work, CountdownEvent done) : IJobDelivery
    {
        public ChatPlatform Platform => ChatPlatform.Cli;

        public async Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken)
        {
            using var response = await http.GetAsync(work, cancellationToken);
            if (await gate.TryClaimAsync(cancellationToken))
            {
                done.Signal();
            }
        }

        public Task FailAsync(QueuedJob job, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Says when a run starts; holds it until cancelled (the replica that dies) or finishes at once.</summary>
    private sealed class SignallingDelivery(TaskCompletionSource started, bool hold) : IJobDelivery
    {
        public ChatPlatform Platform => ChatPlatform.Cli;

        public async Task RunAsync(QueuedJob job, IDeliveryGate gate, CancellationToken cancellationToken)
        {
            started.TrySetResult();
            if (hold)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await gate.TryClaimAsync(cancellationToken);
        }

        public Task FailAsync(QueuedJob job, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A loopback server whose one endpoint answers after the given time: the simulated work of a job.</summary>
    private sealed class SlowServer(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url => url;

        public static async Task<SlowServer> StartAsync(int delayMs)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapGet("/work", async () =>
            {
                await Task.Delay(delayMs);
                return "done";
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SlowServer(app, new Uri($"{address.TrimEnd('/')}/work"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
