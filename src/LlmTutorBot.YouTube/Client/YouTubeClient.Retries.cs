namespace LlmTutorBot.YouTube.Client;

public sealed partial class YouTubeClient
{
    /// <summary>
    /// Sends a request made fresh for each try; a 5xx answer or a timeout is tried again after about
    /// RetryBaseDelay × 2^n (times a random 0.5 to 1.5, so many processes do not retry in step), at most MaxRetries
    /// times. The last answer is returned and the last timeout thrown. Waits use the TimeProvider.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, string videoId, CancellationToken cancellationToken, int? maxRetries = null)
    {
        var retries = maxRetries ?? _options.MaxRetries;
        for (var attempt = 0; ; attempt++)
        {
            using var request = create();
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested && attempt < retries)
            {
                YouTubeLog.Retrying(_logger, videoId, "a timeout", attempt + 1, e);
                await Task.Delay(RetryDelay(attempt), _time, cancellationToken);
                continue;
            }

            if ((int)response.StatusCode >= 500 && attempt < retries)
            {
                YouTubeLog.Retrying(_logger, videoId, $"HTTP {(int)response.StatusCode}", attempt + 1, null);
                response.Dispose();
                await Task.Delay(RetryDelay(attempt), _time, cancellationToken);
                continue;
            }

            return response;
        }
    }

    /// <summary>The wait before retry <paramref name="attempt"/> + 1.</summary>
    internal TimeSpan RetryDelay(int attempt) =>
        _options.RetryBaseDelay * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble());

    /// <summary>
    /// A visitorData as YoutubeExplode obtains one (GET /sw.js_data, ")]}'" then JSON, item [0][2][0][0][13]); null
    /// when YouTube gives none, and the player requests go without. Tried once: it is optional, and a YouTube that does
    /// not answer it will not answer the player either.
    /// </summary>
    public async Task<string?> GetVisitorDataAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(
                () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, "sw.js_data"));
                    request.Headers.TryAddWithoutValidation("Accept", "application/json");
                    request.Headers.TryAddWithoutValidation("User-Agent", InnerTubeClientProfiles.Defaults[^1].UserAgent);
                    request.Headers.TryAddWithoutValidation("Cookie", ConsentCookie);
                    return request;
                },
                "visitorData",
                cancellationToken,
                maxRetries: 0);
            return response.IsSuccessStatusCode ? VisitorDataParser.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            YouTubeLog.RequestFailed(_logger, "visitorData", e);
            return null;
        }
    }
}
