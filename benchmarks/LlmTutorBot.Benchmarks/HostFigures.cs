using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// The real host process (src/LlmTutorBot/bin/Release/net10.0/LlmTutorBot.dll) on a loopback port with embedded
/// Garnet: start-up time (process start to /healthz 200, median of five), then its working set at idle and at its
/// peak under the Teams load (FAQ questions through /api/messages with JWT, against the loopback Bot Framework).
/// </summary>
internal static class HostFigures
{
    private const int Starts = 5;

    public static async Task RunAsync(int activities)
    {
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/LlmTutorBot/bin/Release/net10.0/LlmTutorBot.dll"));
        if (!File.Exists(dll))
        {
            Console.WriteLine($"Build the host in Release first: dotnet build -c Release src/LlmTutorBot ({dll} is missing).");
            return;
        }

        await using var fake = await LoopbackBotFramework.StartAsync();
        var startups = new List<double>();
        for (var i = 0; i < Starts; i++)
        {
            using var host = await StartAsync(dll, fake);
            startups.Add(host.StartedIn.TotalMilliseconds);
            host.Stop();
        }

        using var measured = await StartAsync(dll, fake);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var idle = measured.WorkingSet();

        using var client = new HttpClient { BaseAddress = measured.Address };
        var token = fake.Token();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, measured.WorkingSet());
                await Task.Delay(100, CancellationToken.None);
            }
        });
        var rate = await TeamsThroughput.MeasureAsync(activities, i => TeamsThroughput.SendActivityAsync(client, fake, token, $"host-{i}"));
        await sampling.CancelAsync();
        await sampler;
        var after = measured.WorkingSet();
        measured.Stop();

        startups.Sort();
        Console.WriteLine($"Host process: {Environment.ProcessorCount} cores; .NET {Environment.Version}; embedded Garnet (no persistence); {dll}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up, process start to /healthz 200   median {startups[Starts / 2],8:F0} ms (min {startups[0]:F0}, max {startups[^1]:F0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set at idle (5 s after start)     {idle / 1048576.0,8:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set peak under load               {peak / 1048576.0,8:F1} MB ({activities} FAQ activities, {rate:F0}/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set after the load                {after / 1048576.0,8:F1} MB"));
    }

    private static async Task<RunningHost> StartAsync(string dll, LoopbackBotFramework fake)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Redis"] = "",
            ["EmbeddedRedis__Persist"] = "false",
            ["State__KeyPrefix"] = $"bench:{Guid.NewGuid():N}:",
            ["MicrosoftAppId"] = LoopbackBotFramework.AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "bench-tenant",
            ["BotFramework__OpenIdMetadataUrl"] = $"{fake.BaseUrl}openid",
            ["BotFramework__TokenEndpoint"] = $"{fake.BaseUrl}{{tenant}}/token",
            // The load comes from one address, as the Connector's would: the figure is the bot's, not the limiter's.
            ["RateLimits__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} before answering /healthz.");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new RunningHost(process, address, stopwatch.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RunningHost(Process process, Uri address, TimeSpan startedIn) : IDisposable
    {
        public Uri Address => address;

        public TimeSpan StartedIn => startedIn;

        public long WorkingSet()
        {
            process.Refresh();
            return process.WorkingSet64;
        }

        public void Stop()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Stop();
            process.Dispose();
        }
    }
}
