using System.Diagnostics;
using Activity = LlmTutorBot.Teams.Activities.Activity;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using LlmTutorBot.Core;
using LlmTutorBot.Faq;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Redis;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Teams;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// Activities per second through POST /api/messages with JWT validation on, against a loopback issuer and Connector:
/// an FAQ question per activity, done when its reply reaches the Connector. Then a bare endpoint on the same host
/// (read the body, answer 202) in the same run, and the ratio of the two; then where an activity's time goes: the JWT
/// check alone, the turn alone (the pipeline without HTTP), and the Redis round trips and Connector calls per activity.
/// The host is built as Program.cs builds it for one replica (AddRedisReplicas: conversation leases, job queue).
/// </summary>
internal static class TeamsThroughput
{
    private const string Question = "Are LLMs conscious?";
    private const int InFlight = 16;

    public static async Task RunAsync(int activities)
    {
        await using var fake = await LoopbackBotFramework.StartAsync();
        await using var app = await StartBotAsync(fake);
        using var client = new HttpClient { BaseAddress = new Uri(LoopbackBotFramework.AddressOf(app)) };
        var token = fake.Token();

        await MeasureAsync(200, i => SendActivityAsync(client, fake, token, $"warm-{i}"));
        await MeasureAsync(200, _ => SendBareAsync(client, fake));
        await MeasureAsync(200, _ => SendJwtOnlyAsync(client, fake, token));
        var processor = app.Services.GetRequiredService<TurnProcessor>();
        await MeasureAsync(200, i => TurnOnlyAsync(processor, $"warm-turn-{i}"));
        var roundTrips = app.Services.GetRequiredService<RedisRoundTrips>();
        var connector = app.Services.GetRequiredService<ConnectorClient>();
        var deduplicator = app.Services.GetRequiredService<IActivityDeduplicator>();
        var reference = new ConversationReference(fake.ServiceUrl, "typing-only", "1", $"28:{LoopbackBotFramework.AppId}", "LlmTutorBot", "bench-tenant", "msteams", "personal");
        await MeasureAsync(200, _ => connector.TypingAsync(reference, CancellationToken.None));

        Console.WriteLine($"Teams: {Environment.ProcessorCount} cores; .NET {Environment.Version}; embedded Garnet; {InFlight} in flight; \"{Question}\"");
        var (tripsBefore, callsBefore) = (roundTrips.Total, fake.ConnectorCalls);
        var operations = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "llmtutorbot.redis.round_trips")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "operation")
                {
                    operations.AddOrUpdate(tag.Value?.ToString() ?? "", value, (_, total) => total + value);
                }
            }
        });
        listener.Start();
        var (withJwt, withJwtCpu) = await MeasureCpuAsync(activities, i => SendActivityAsync(client, fake, token, $"bench-{i}"));
        listener.Dispose();
        var (trips, calls) = ((double)(roundTrips.Total - tripsBefore) / activities, (double)(fake.ConnectorCalls - callsBefore) / activities);
        var (turnOnly, turnOnlyCpu) = await MeasureCpuAsync(activities, i => TurnOnlyAsync(processor, $"turn-{i}"));
        var (bare, bareCpu) = await MeasureCpuAsync(activities, _ => SendBareAsync(client, fake));
        var (jwtOnly, jwtOnlyCpu) = await MeasureCpuAsync(activities, _ => SendJwtOnlyAsync(client, fake, token));
        var (_, connectorCpu) = await MeasureCpuAsync(activities, _ => connector.TypingAsync(reference, CancellationToken.None));
        var (_, redisCpu) = await MeasureCpuAsync(activities, i => deduplicator.TryClaimAsync("bench", $"claim-{i}", TimeSpan.FromMinutes(1), CancellationToken.None).AsTask());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/api/messages with JWT, reply at the Connector {withJwt,10:F0} activities/s {withJwtCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare endpoint (read body, 202)             {bare,10:F0} requests/s   {bareCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JWT check only (read body, validate, 202)  {jwtOnly,10:F0} requests/s   {jwtOnlyCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the turn alone (TurnProcessor, no HTTP)    {turnOnly,10:F0} turns/s      {turnOnlyCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one Connector call (typing), both ends                          {connectorCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one Redis round trip (SET NX), both ends                       {redisCpu,8:F0} µs CPU each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per activity: {trips:F2} Redis round trips (counted), {calls:F2} Connector calls (typing, reply)"));
        Console.WriteLine("  round trips by operation: " + string.Join(", ", operations.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key} {(double)o.Value / activities:F2}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio bare / with JWT                      {bare / withJwt,10:F1}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per activity: JWT check {1000 * (1 / jwtOnly - 1 / bare) * InFlight,6:F2} ms, the rest (parse, queue, turn, Redis, Connector reply) {1000 * (1 / withJwt - 1 / jwtOnly) * InFlight,6:F2} ms of wall time at {InFlight} in flight"));
        await app.StopAsync();
    }

    private static async Task<WebApplication> StartBotAsync(LoopbackBotFramework fake)
    {
        // Built as Program.cs builds the host, with the features a Teams FAQ turn uses.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "",
            ["EmbeddedRedis:Persist"] = "false",
            ["State:KeyPrefix"] = $"bench:{Guid.NewGuid():N}:",
            ["MicrosoftAppId"] = LoopbackBotFramework.AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "bench-tenant",
            ["BotFramework:OpenIdMetadataUrl"] = $"{fake.BaseUrl}openid",
            ["BotFramework:TokenEndpoint"] = $"{fake.BaseUrl}{{tenant}}/token",
            // Every activity is counted against the rate limits, as in production, but none is reached: all the
            // activities come from one tenant, whose group limit would otherwise answer most of them "slow down".
            ["Quotas:UserMessagesPerMinute"] = "1000000",
            ["Quotas:GroupMessagesPerMinute"] = "10000000",
        });
        builder.Services.AddBotCore();
        builder.Services.AddRedisState();
        builder.Services.AddRedisReplicas();
        builder.Services.AddFaq();
        builder.Services.AddTeams();

        var app = builder.Build();
        app.MapBotFramework();
        // The same token check as /api/messages, and nothing else: separates the JWT's cost from the turn's.
        app.MapPost("/jwt-only", async (HttpContext http, LlmTutorBot.Teams.Auth.InboundAuthenticator authenticator) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            var outcome = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), directLoopback: false, http.RequestAborted);
            return outcome.Accepted ? Results.Accepted() : Results.StatusCode(outcome.StatusCode);
        });
        app.MapPost("/bare", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            return Results.Accepted();
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>The same question through the pipeline alone (state, rate limits, FAQ), as the Teams runner calls it.</summary>
    private static Task<TurnResult> TurnOnlyAsync(TurnProcessor processor, string conversationId) =>
        processor.ProcessAsync(new InboundMessage
        {
            Conversation = new ConversationAddress(ChatPlatform.Teams, conversationId),
            User = new ChatUser($"29:user-{conversationId}", "Bench User"),
            Text = Question,
            Locale = "en-US",
        });

    internal static async Task SendActivityAsync(HttpClient client, LoopbackBotFramework fake, string token, string conversationId)
    {
        var replied = fake.ReplyTo(conversationId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Body(fake, conversationId) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await replied.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task SendJwtOnlyAsync(HttpClient client, LoopbackBotFramework fake, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/jwt-only") { Content = Body(fake, "jwt-only") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task SendBareAsync(HttpClient client, LoopbackBotFramework fake)
    {
        using var response = await client.PostAsync(new Uri("/bare", UriKind.Relative), Body(fake, "bare"));
        response.EnsureSuccessStatusCode();
    }

    private static ByteArrayContent Body(LoopbackBotFramework fake, string conversationId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{conversationId}-1",
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = "msteams",
            ServiceUrl = fake.ServiceUrl,
            From = new ChannelAccount($"29:user-{conversationId}", "Bench User"),
            Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = "bench-tenant" },
            Recipient = new ChannelAccount($"28:{LoopbackBotFramework.AppId}", "LlmTutorBot"),
            Text = Question,
            TextFormat = "plain",
            Locale = "en-US",
        };
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJsonContext.Default.Activity));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>Runs <paramref name="count"/> operations, <see cref="InFlight"/> at a time; returns operations per second.</summary>
    internal static async Task<double> MeasureAsync(int count, Func<int, Task> operation) => (await MeasureCpuAsync(count, operation)).Rate;

    /// <summary>
    /// Operations per second, and this process's CPU time per operation (every thread: the bot, the loopback Connector,
    /// the client and the embedded Garnet), which other processes on the machine disturb far less than the rate.
    /// </summary>
    internal static async Task<(double Rate, double CpuMicroseconds)> MeasureCpuAsync(int count, Func<int, Task> operation)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await operation(i);
            }
        }));
        var elapsed = stopwatch.Elapsed;
        return (count / elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / count);
    }
}
