using LlmTutorBot.Core.Doctor;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>YouTube: one player request per InnerTube client on a known public video with captions.</summary>
public sealed class YouTubeDoctorCheck(YouTubeClient youTube, IOptions<YouTubeOptions> options) : IDoctorCheck
{
    /// <summary>A public video with captions (the one the seed questions link to).</summary>
    public const string KnownVideo = "osKyvYJ3PRM";

    public int Order => 60;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var results = await youTube.ProbeClientsAsync(VideoId.Parse(KnownVideo), cancellationToken);
        var anyWorks = results.Any(r => r.Result.Info is not null);
        var host = new Uri(options.Value.BaseUrl).Authority;
        return [.. results.Select(r => r.Result.Info is { } info
            ? DoctorFinding.Pass($"YouTube {r.Client}", $"{host} answered the player request for {KnownVideo}: {info.Tracks.Count} caption track{(info.Tracks.Count == 1 ? "" : "s")}")
            : Failed(r.Client, r.Result.Failure!, host, anyWorks))];
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
