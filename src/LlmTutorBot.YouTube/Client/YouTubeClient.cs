using System.Net;
using System.Net.Http.Json;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// Talks to YouTube (or whatever <see cref="YouTubeOptions.BaseUrl"/> names): the InnerTube player request, first as
/// a client that needs no PO token, then the fallback; and the timedtext captions of a track. Expected failures are
/// results; only cancellation throws.
/// </summary>
public sealed partial class YouTubeClient
{
    /// <summary>YouTube's consent cookie (about 13 months valid from 2025), so EU hosts get no consent page.</summary>
    internal const string ConsentCookie = "SOCS=CAISEwgDEgk4MTM4MzYzNTIaAmVuIAEaBgiApPzGBg; CONSENT=YES+cb";

    private readonly HttpClient _http;
    private readonly YouTubeOptions _options;
    private readonly ILogger<YouTubeClient> _logger;

    public YouTubeClient(HttpClient http, IOptions<YouTubeOptions> options, ILogger<YouTubeClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
        _http.Timeout = _options.RequestTimeout;
        _http.MaxResponseContentBufferSize = 32 * 1024 * 1024;
    }

    private Uri BaseUri => new(_options.BaseUrl.TrimEnd('/') + "/");

    /// <summary>The player response: each client in turn until one gives usable captions.</summary>
    public async Task<PlayerResult> GetPlayerAsync(VideoId id, CancellationToken cancellationToken)
    {
        PlayerResult? last = null;
        string? visitorData = null;
        foreach (var client in InnerTubeClient.InOrder)
        {
            var result = await RequestPlayerAsync(client, id, visitorData, cancellationToken);
            YouTubeLog.PlayerAnswered(_logger, id.Value, client.Name, result.Failure?.Kind, result.Info?.Tracks.Count ?? 0);
            visitorData ??= result.VisitorData;
            if (!Retryable(result))
            {
                return result;
            }

            last = result;
        }

        return last!;
    }

    /// <summary>A track's captions, as json3, translated by YouTube when <paramref name="translateTo"/> is set.</summary>
    public async Task<CaptionFetch> GetCaptionsAsync(VideoId id, CaptionTrack track, string? translateTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(track);
        var url = CaptionUrl(track.Url, translateTo);
        if (url is null)
        {
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, "The caption URL is not on a YouTube host."));
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            AddCookies(request);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (Refusal(response.StatusCode) is { } refusal)
            {
                return new CaptionFetch(null, refusal);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(body))
            {
                // YouTube answers tracks that need a PO token with an empty 200 (youtube-transcript-api #592).
                return new CaptionFetch(null, new VideoFailure(VideoFailureKind.PoTokenRequired, "The caption body was empty."));
            }

            var segments = TimedTextParser.Parse(body);
            return segments is null
                ? new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, "The caption body was not srv3, json3 or srv1."))
                : new CaptionFetch(segments, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            YouTubeLog.RequestFailed(_logger, id.Value, e);
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, e.Message));
        }
    }

    /// <summary>
    /// The track URL moved onto <see cref="YouTubeOptions.BaseUrl"/>, with fmt=json3 and tlang; null unless the
    /// URL YouTube gave is a timedtext URL on a YouTube host (so a tampered response cannot make the bot fetch elsewhere).
    /// </summary>
    internal Uri? CaptionUrl(string trackUrl, string? translateTo)
    {
        if (!Uri.TryCreate(trackUrl, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp
            || !VideoLinks.IsYouTubeHost(uri.Host)
            || !uri.AbsolutePath.StartsWith("/api/timedtext", StringComparison.Ordinal))
        {
            return null;
        }

        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("fmt=", StringComparison.Ordinal) && !p.StartsWith("tlang=", StringComparison.Ordinal))
            .Append("fmt=json3");
        if (!string.IsNullOrEmpty(translateTo))
        {
            query = query.Append("tlang=" + Uri.EscapeDataString(translateTo));
        }

        return new Uri(BaseUri, uri.AbsolutePath.TrimStart('/') + "?" + string.Join('&', query));
    }

    private async Task<PlayerResult> RequestPlayerAsync(InnerTubeClient client, VideoId id, string? visitorData, CancellationToken cancellationToken)
    {
        var body = new PlayerRequestJson(new PlayerRequestContextJson(client.Body with { VisitorData = visitorData }), id.Value);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri, "youtubei/v1/player?prettyPrint=false"))
            {
                Content = JsonContent.Create(body, YouTubeJsonContext.Default.PlayerRequestJson),
            };
            request.Headers.TryAddWithoutValidation("User-Agent", client.UserAgent);
            request.Headers.TryAddWithoutValidation("X-YouTube-Client-Name", client.Name);
            request.Headers.TryAddWithoutValidation("X-YouTube-Client-Version", client.Version);
            if (visitorData is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Goog-Visitor-Id", visitorData);
            }

            AddCookies(request);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (Refusal(response.StatusCode) is { } refusal)
            {
                return new PlayerResult(null, refusal);
            }

            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            if (json.Contains("class=\"g-recaptcha\"", StringComparison.Ordinal))
            {
                return PlayerResult.Failed(VideoFailureKind.Blocked, "YouTube answered with a captcha.");
            }

            return PlayerResponseParser.Parse(json, id);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            YouTubeLog.RequestFailed(_logger, id.Value, e);
            return PlayerResult.Failed(VideoFailureKind.Unreachable, e.Message);
        }
    }

    // Worth asking the next client: refused as a bot, asked to sign in, unreadable, or every track PO-protected.
    private static bool Retryable(PlayerResult result) =>
        result.Failure?.Kind is VideoFailureKind.Blocked or VideoFailureKind.LoginRequired or VideoFailureKind.Unreachable
        || result.Info is { Tracks.Count: > 0 } info && info.Tracks.All(t => t.NeedsPoToken);

    private static VideoFailure? Refusal(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => new VideoFailure(VideoFailureKind.Blocked, "HTTP 429 Too Many Requests"),
        HttpStatusCode.Forbidden => new VideoFailure(VideoFailureKind.Blocked, "HTTP 403 Forbidden"),
        _ when (int)status >= 400 => new VideoFailure(VideoFailureKind.Unreachable, $"HTTP {(int)status}"),
        _ => null,
    };

    private void AddCookies(HttpRequestMessage request) =>
        request.Headers.TryAddWithoutValidation("Cookie", string.IsNullOrWhiteSpace(_options.Cookies) ? ConsentCookie : $"{ConsentCookie}; {_options.Cookies}");
}
