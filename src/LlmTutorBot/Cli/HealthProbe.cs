using System.Globalization;

namespace LlmTutorBot.Cli;

/// <summary>
/// "health [--url URL]": asks a running bot's /healthz and exits 0 when it answers 2xx, 1 otherwise. It is the
/// container's HEALTHCHECK, as the runtime image has no curl; it builds none of the bot's services, so it is cheap.
/// </summary>
internal static class HealthProbe
{
    public const string Verb = "health";

    public const string Usage = "  health [--url http://localhost:8080/healthz] [--timeout 5]   exits 0 when the bot at the URL is alive";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var url, out var timeout, out var problem))
        {
            await error.WriteLineAsync($"{problem}\n{Usage}");
            return 2;
        }

        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = timeout;
        try
        {
            using var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                await output.WriteLineAsync($"healthy: {url} answered {(int)response.StatusCode}");
                return 0;
            }

            await error.WriteLineAsync($"unhealthy: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"unhealthy: {url} did not answer ({exception.Message})");
            return 1;
        }
    }

    /// <summary>The default URL is this machine's /healthz on the port ASP.NET Core listens on (ASPNETCORE_HTTP_PORTS).</summary>
    public static Uri DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = ports?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "3978";
        return new Uri($"http://localhost:{port}/healthz");
    }

    private static bool TryParse(IReadOnlyList<string> args, out Uri url, out TimeSpan timeout, out string problem)
    {
        url = DefaultUrl();
        timeout = DefaultTimeout;
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https":
                    url = parsed;
                    i++;
                    break;
                case "--timeout" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 300:
                    timeout = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                default:
                    problem = $"health: '{args[i]}' is not understood (--url takes an http(s) URL, --timeout 1 to 300 seconds).";
                    return false;
            }
        }

        return true;
    }
}
