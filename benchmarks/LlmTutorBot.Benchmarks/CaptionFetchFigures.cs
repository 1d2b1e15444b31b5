using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// "youtube-fetch [rounds]": requests made to a fake YouTube on loopback per uncached video (happy path, first client
/// refused at the player, first client given an empty caption body), and the time to the transcript (median, p95).
/// </summary>
internal static class CaptionFetchFigures
{
    public static async Task RunAsync(int rounds)
    {
        var requests = 0;
        var refuseFirst = "";
        var captionCalls = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/sw.js_data", () =>
        {
            Interlocked.Increment(ref requests);
            return Results.Text(")]}'\n[[\"e\",1,[[[\"x\",null,null,null,null,null,null,null,null,null,null,null,null,\"CgtWaXNpdG9y\"]]]]]", "application/json");
        });
        app.MapPost("/youtubei/v1/player", async (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            using var body = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body);
            var client = body.RootElement.GetProperty("context").GetProperty("client").GetProperty("clientName").GetString();
            var id = body.RootElement.GetProperty("videoId").GetString();
            return refuseFirst == "player" && client == "VISIONOS"
                ? Results.Text("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm you’re not a bot"}}""", "application/json")
                : Results.Text(Player(id!), "application/json");
        });
        app.MapGet("/api/timedtext", () =>
        {
            Interlocked.Increment(ref requests);
            return refuseFirst == "captions" && Interlocked.Increment(ref captionCalls) % 2 == 1
                ? Results.Text("", "text/plain")
                : Results.Text(Captions, "application/json");
        });
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new YouTubeOptions { BaseUrl = baseUrl }));
        services.AddHttpClient<YouTubeClient>();
        services.AddSingleton<VisitorData>();
        services.AddSingleton<CaptionFetcher>();
        await using var provider = services.BuildServiceProvider();
        var fetcher = provider.GetRequiredService<CaptionFetcher>();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Caption fetch against a fake YouTube on loopback; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {rounds} videos per case"));
        foreach (var (label, mode) in new[] { ("happy path", ""), ("first client refused (player)", "player"), ("first client: empty captions", "captions") })
        {
            refuseFirst = mode;
            var times = new List<double>();
            var perVideo = new List<int>();
            for (var i = 0; i < rounds; i++)
            {
                var id = VideoId.Parse($"vid{i:D8}"[..11]);
                var before = requests;
                var stopwatch = Stopwatch.StartNew();
                var result = await fetcher.FetchAsync(id, null, CancellationToken.None);
                stopwatch.Stop();
                if (result.Transcript is null)
                {
                    throw new InvalidOperationException($"{label}: {result.Failure}");
                }

                times.Add(stopwatch.Elapsed.TotalMilliseconds);
                perVideo.Add(requests - before);
            }

            times.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{label,-32} requests: first video {perVideo[0]}, then {perVideo[^1]}   time to transcript: median {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms"));
        }

        await app.StopAsync();
    }

    private static string Player(string id) =>
        """{"responseContext":{"visitorData":"CgtWaXNpdG9y"},"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"ID","title":"Bench","lengthSeconds":"600","author":"Bench"},"captions":{"playerCaptionsTracklistRenderer":{"captionTracks":[{"baseUrl":"https://www.youtube.com/api/timedtext?v=ID&lang=en","name":{"simpleText":"English"},"vssId":".en","languageCode":"en","isTranslatable":true}]}}}"""
            .Replace("ID", id, StringComparison.Ordinal);

    private static readonly string Captions = "{\"events\":[" + string.Join(',', Enumerable.Range(0, 200).Select(i => $"{{\"tStartMs\":{i * 3000},\"dDurationMs\":3000,\"segs\":[{{\"utf8\":\"caption line number {i}\"}}]}}")) + "]}";
}
