using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// The HTTP side of YouTube (or whatever <see cref="YouTubeOptions.BaseUrl"/> names): one InnerTube player request as
/// a given client, the timedtext captions of a track, and a visitorData. 5xx answers and timeouts are retried with
/// backoff and jitter (<see cref="YouTubeOptions.MaxRetries"/>). Expected failures are results; only cancellation throws.
/// Which client to ask, and when to ask the next, is <see cref="CaptionFetcher"/>'s business.
/// </summary>
public sealed partial class YouTubeClient
{
    /// <summary>YouTube's consent cookie (about 13 months valid from 2025), so EU hosts get no consent page.</summary>
    internal const string ConsentCookie = "SOCS=CAISEwgDEgk4MTM4MzYzNTIaAmVuIAEaBgiApPzGBg; CONSENT=YES+cb";

    private readonly HttpClient _http;
    private readonly YouTubeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<YouTubeClient> _logger;

    public YouTubeClient(HttpClient http, IOptions<YouTubeOptions> options, TimeProvider time, ILogger<YouTubeClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _http.Timeout = _options.RequestTimeout;
        _http.MaxResponseContentBufferSize = 32 * 1024 * 1024;
    }

    private Uri BaseUri => new(_options.BaseUrl.TrimEnd('/') + "/");

    /// <summary>The player response for <paramref name="id"/> as <paramref name="client"/>.</summary>
    public async Task<PlayerResult> GetPlayerAsync(InnerTubeClientProfile client, VideoId id, string? visitorData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        // Serialized once, sent with a Content-Length (not chunked): retries resend it, and proxies and YouTube take it as a browser sends it.
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new PlayerRequestJson(new PlayerRequestContextJson(InnerTubeClientJson.From(client, visitorData)), id.Value),
            YouTubeJsonContext.Default.PlayerRequestJson);
        try
        {
            using var response = await SendAsync(
                () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri, "youtubei/v1/player?prettyPrint=false"))
                    {
                        Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
                    };
                    request.Headers.TryAddWithoutValidation("User-Agent", client.UserAgent);
                    request.Headers.TryAddWithoutValidation("X-YouTube-Client-Name", client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    request.Headers.TryAddWithoutValidation("X-YouTube-Client-Version", client.Version);
                    if (visitorData is not null)
                    {
                        request.Headers.TryAddWithoutValidation("X-Goog-Visitor-Id", visitorData);
                    }

                    AddCookies(request, client.AcceptsCookies);
                    return request;
                },
                id.Value,
                cancellationToken);
            if (Refusal(response.StatusCode) is { } refusal)
            {
                return new PlayerResult(null, refusal) { Status = $"HTTP {(int)response.StatusCode}" };
            }

            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            if (json.Contains("class=\"g-recaptcha\"", StringComparison.Ordinal))
            {
                return PlayerResult.Failed(VideoFailureKind.Blocked, "YouTube answered with a captcha.") with { Status = "captcha" };
            }

            if (IsWebPage(json))
            {
                return PlayerResult.Failed(VideoFailureKind.Blocked, "YouTube answered the player request with a web page (a consent or bot check).") with { Status = "web page" };
            }

            return PlayerResponseParser.Parse(json, id);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            YouTubeLog.RequestFailed(_logger, id.Value, e);
            return PlayerResult.Failed(VideoFailureKind.Unreachable, e.Message) with { Status = "no answer" };
        }
    }

    /// <summary>A track's captions, as json3, translated by YouTube when <paramref name="translateTo"/> is set.</summary>
    public async Task<CaptionFetch> GetCaptionsAsync(VideoId id, CaptionTrack track, string? translateTo, bool sendCookies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(track);
        var url = CaptionUrl(track.Url, translateTo);
        if (url is null)
        {
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, "The caption URL is not on a YouTube host."));
        }

        try
        {
            using var response = await SendAsync(
                () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    AddCookies(request, sendCookies);
                    return request;
                },
                id.Value,
                cancellationToken);
            if (Refusal(response.StatusCode) is { } refusal)
            {
                return new CaptionFetch(null, refusal);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return ReadCaptions(body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            YouTubeLog.RequestFailed(_logger, id.Value, e);
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, e.Message));
        }
    }

    /// <summary>A caption body as segments, or the typed reason it is not captions (never a parse exception).</summary>
    internal static CaptionFetch ReadCaptions(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            // YouTube answers tracks that need a PO token with an empty 200 (youtube-transcript-api #592).
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.PoTokenRequired, "The caption body was empty."));
        }

        if (IsWebPage(body))
        {
            return new CaptionFetch(null, new VideoFailure(VideoFailureKind.Blocked, "YouTube answered the captions with a web page (a consent or bot check)."));
        }

        var segments = TimedTextParser.Parse(body);
        return segments is null
            ? new CaptionFetch(null, new VideoFailure(VideoFailureKind.Unreachable, "The caption body was not srv3, json3 or srv1."))
            : new CaptionFetch(segments, null);
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

    // A consent interstitial or a "confirm you are not a bot" page instead of JSON or XML.
    private static bool IsWebPage(string body)
    {
        var start = body.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<", StringComparison.Ordinal) && body.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    private static VideoFailure? Refusal(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => new VideoFailure(VideoFailureKind.Blocked, "HTTP 429 Too Many Requests"),
        HttpStatusCode.Forbidden => new VideoFailure(VideoFailureKind.Blocked, "HTTP 403 Forbidden"),
        _ when (int)status >= 400 => new VideoFailure(VideoFailureKind.Unreachable, $"HTTP {(int)status}"),
        _ => null,
    };

    private void AddCookies(HttpRequestMessage request, bool withUserCookies) =>
        request.Headers.TryAddWithoutValidation(
            "Cookie",
            !withUserCookies || string.IsNullOrWhiteSpace(_options.Cookies) ? ConsentCookie : $"{ConsentCookie}; {_options.Cookies}");
}
