using System.Globalization;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.Cli;

/// <summary>
/// "youtube check &lt;url&gt;": asks every client of YouTube:Clients for the video, with no cache, and prints per client
/// the playability status, the caption tracks, whether the captions downloaded, and the time; exits 1 when none did.
/// </summary>
internal sealed class YouTubeCliTool : ICliTool
{
    public string Verb => "youtube";

    public string Usage =>
        """
          youtube check <url>                                    Ask every client of YouTube:Clients for the video's captions (no cache);
                                                                 one line per client; exit code 1 when no client gets captions.
        """;

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["check", var link] || !VideoId.TryParse(link, out var id))
        {
            await error.WriteLineAsync($"Usage:\n{Usage}");
            return 2;
        }

        var attempts = await services.GetRequiredService<CaptionFetcher>().CheckAsync(id, cancellationToken);
        foreach (var attempt in attempts)
        {
            await output.WriteLineAsync(Line(attempt));
        }

        var working = attempts.Count(a => a.Downloaded);
        await output.WriteLineAsync(working > 0
            ? $"{working} of {attempts.Count} clients got captions for {id}."
            : $"No client got captions for {id}: update YouTube:Clients (see docs), or check YouTube:Proxy and YouTube:Cookies.");
        return working > 0 ? 0 : 1;
    }

    /// <summary>"VISIONOS 1.02  status OK  tracks 2 (en, en (auto))  captions yes (312)  84 ms".</summary>
    internal static string Line(ClientAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var tracks = attempt.Tracks == 0 ? "tracks 0" : $"tracks {attempt.Tracks} ({string.Join(", ", attempt.TrackLanguages)})";
        var captions = attempt.Transcript is { } transcript
            ? $"captions yes ({transcript.Transcript.Segments.Count} lines, {transcript.Transcript.Language})"
            : $"captions no ({attempt.Failure!.Kind}: {attempt.Failure.Detail})";
        var skipped = attempt.Client.CaptionsNeedPoToken ? "  [needs a PO token: skipped for users]" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{attempt.Client.Name,-12} {attempt.Client.Version,-18} status {attempt.Status,-16} {tracks}  {captions}  {attempt.Elapsed.TotalMilliseconds:F0} ms{skipped}");
    }
}
