using LlmTutorBot.Core.Doctor;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>YouTube: each client of <c>YouTube:Clients</c> asked for a known public video's captions, as <c>youtube check</c> does.</summary>
public sealed class YouTubeDoctorCheck(CaptionFetcher fetcher, IOptions<YouTubeOptions> options) : IDoctorCheck
{
    /// <summary>A public video with captions (the one the seed questions link to).</summary>
    public const string KnownVideo = "osKyvYJ3PRM";

    public int Order => 60;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var attempts = await fetcher.CheckAsync(VideoId.Parse(KnownVideo), cancellationToken);
        var anyWorks = attempts.Any(a => a.Downloaded);
        var host = new Uri(options.Value.BaseUrl).Authority;
        return [.. attempts.Select(a => a.Downloaded
            ? DoctorFinding.Pass($"YouTube {a.Client.Name}", $"{host} gave {KnownVideo}'s captions in {a.Elapsed.TotalMilliseconds:N0} ms: {a.Tracks} caption track{(a.Tracks == 1 ? "" : "s")}")
            : Failed(a.Client.Name, a.Failure ?? new VideoFailure(VideoFailureKind.NoCaptions, a.Status), host, anyWorks))];
    }

    private static DoctorFinding Failed(string client, VideoFailure failure, string host, bool anyWorks)
    {
        var detail = $"{host} gave no usable player response for {KnownVideo}: {failure.Kind}{(failure.Detail is { Length: > 0 } d ? $" ({d})" : "")}";
        if (anyWorks)
        {
            return DoctorFinding.Info($"YouTube {client}", $"{detail}; another client works, so videos are still read");
        }

        return DoctorFinding.Fail($"YouTube {client}", detail, failure.Kind switch
        {
            VideoFailureKind.Blocked or VideoFailureKind.LoginRequired => "YouTube refuses this host: set YouTube:Cookies (a signed-in browser's cookies) or YouTube:Proxy",
            VideoFailureKind.Unreachable => "check YouTube:BaseUrl, YouTube:Proxy and the network path to YouTube",
            _ => "YouTube's answer changed: the bot may need an update",
        });
    }
}
