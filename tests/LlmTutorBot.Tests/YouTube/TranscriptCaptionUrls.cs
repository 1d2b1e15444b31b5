using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The client's caption URL rewriting, with YouTube:BaseUrl at http://127.0.0.1:1.</summary>
internal static class TranscriptCaptionUrls
{
    private static readonly YouTubeClient Client = new(
        new HttpClient(),
        Options.Create(new YouTubeOptions { BaseUrl = "http://127.0.0.1:1" }),
        TimeProvider.System,
        NullLogger<YouTubeClient>.Instance);

    public static Uri? For(string trackUrl, string? translateTo) => Client.CaptionUrl(trackUrl, translateTo);
}
