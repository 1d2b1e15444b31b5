using System.Globalization;
using System.Text.Json;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Player;

/// <summary>
/// Reads an InnerTube player response: playability first (each refusal becomes a typed failure), then the
/// metadata, the caption tracks (marking those a PO token protects) and the translation languages.
/// </summary>
public static class PlayerResponseParser
{
    public static PlayerResult Parse(string json, VideoId requested)
    {
        PlayerResponseJson? response;
        try
        {
            response = JsonSerializer.Deserialize(json, YouTubeJsonContext.Default.PlayerResponseJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: a string holding a lone surrogate cannot be transcoded to UTF-8.
            return PlayerResult.Failed(VideoFailureKind.Unreachable, $"Unreadable player response: {e.Message}");
        }

        if (response?.PlayabilityStatus is null)
        {
            return PlayerResult.Failed(VideoFailureKind.Unreachable, "The player response has no playabilityStatus.");
        }

        var visitorData = response.ResponseContext?.VisitorData;
        var status = response.PlayabilityStatus.Status ?? "no status";
        if (response.VideoDetails?.VideoId is { Length: > 0 } answered && answered != requested.Value)
        {
            // YouTube sometimes answers with another video's player (NewPipe #8713; yt-dlp then suspects an IP block).
            return new PlayerResult(null, new VideoFailure(VideoFailureKind.Blocked, $"The player response is for video {answered}, not {requested.Value}."))
            {
                VisitorData = visitorData,
                Status = $"wrong video {answered}",
            };
        }

        var failure = Playability(response.PlayabilityStatus, response.VideoDetails);
        if (failure is not null)
        {
            return new PlayerResult(null, failure) { VisitorData = visitorData, Status = status };
        }

        var details = response.VideoDetails;
        var metadata = new VideoMetadata(
            requested,
            string.IsNullOrWhiteSpace(details?.Title) ? requested.Value : details.Title,
            details?.Author,
            TimeSpan.FromSeconds(long.TryParse(details?.LengthSeconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0))
        {
            Chapters = ChapterParser.FromDescription(details?.ShortDescription),
        };

        var list = response.Captions?.TrackList;
        var tracks = (list?.Tracks ?? [])
            .Where(t => !string.IsNullOrEmpty(t.BaseUrl) && !string.IsNullOrEmpty(t.LanguageCode))
            .Select(t => new CaptionTrack(
                t.BaseUrl!,
                t.LanguageCode!,
                t.Name?.Value ?? t.LanguageCode!,
                t.Kind == "asr" || (t.VssId?.StartsWith("a.", StringComparison.Ordinal) ?? false),
                t.IsTranslatable ?? false)
            {
                NeedsPoToken = NeedsPoToken(t.BaseUrl!),
            })
            .ToList();
        var languages = (list?.TranslationLanguages ?? []).Select(l => l.LanguageCode).OfType<string>().ToList();
        return PlayerResult.Ok(new PlayerInfo(metadata, tracks, languages) { VisitorData = visitorData }) with { VisitorData = visitorData, Status = status };
    }

    /// <summary>True when the URL's exp parameter holds xpe or xpv (yt-dlp's rule; YTA checks &amp;exp=xpe).</summary>
    public static bool NeedsPoToken(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[(q + 1)..] : "";
        foreach (var pair in query.Split('&'))
        {
            if (pair.StartsWith("exp=", StringComparison.Ordinal))
            {
                var value = Uri.UnescapeDataString(pair[4..]);
                if (value.Contains("xpe", StringComparison.Ordinal) || value.Contains("xpv", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static VideoFailure? Playability(PlayabilityStatusJson status, VideoDetailsJson? details)
    {
        var reason = status.Reason ?? "";
        if (IsRateLimit(reason))
        {
            return new VideoFailure(VideoFailureKind.RateLimited, reason);
        }

        switch (status.Status)
        {
            case "AGE_VERIFICATION_REQUIRED" or "AGE_CHECK_REQUIRED":
                return new VideoFailure(VideoFailureKind.AgeRestricted, reason.Length > 0 ? reason : status.Status);
            case "OK":
                return details?.IsLive == true || details?.IsUpcoming == true
                    ? new VideoFailure(VideoFailureKind.Live, "The video is live or upcoming.")
                    : null;
            case "LIVE_STREAM_OFFLINE":
                return new VideoFailure(VideoFailureKind.Live, reason);
            case "LOGIN_REQUIRED":
                if (reason.Contains("not a bot", StringComparison.OrdinalIgnoreCase))
                {
                    return new VideoFailure(VideoFailureKind.Blocked, reason);
                }

                if (IsAgeGate(reason))
                {
                    return new VideoFailure(VideoFailureKind.AgeRestricted, reason);
                }

                return reason.Contains("private", StringComparison.OrdinalIgnoreCase) || details?.IsPrivate == true
                    ? new VideoFailure(VideoFailureKind.Private, reason)
                    : new VideoFailure(VideoFailureKind.LoginRequired, reason);
            default:
                if (reason.Contains("private", StringComparison.OrdinalIgnoreCase))
                {
                    return new VideoFailure(VideoFailureKind.Private, reason);
                }

                if (reason.Contains("not a bot", StringComparison.OrdinalIgnoreCase))
                {
                    return new VideoFailure(VideoFailureKind.Blocked, reason);
                }

                if (IsAgeGate(reason))
                {
                    return new VideoFailure(VideoFailureKind.AgeRestricted, reason);
                }

                return new VideoFailure(IsRemoval(reason) ? VideoFailureKind.Removed : VideoFailureKind.Unavailable, reason.Length > 0 ? reason : status.Status);
        }
    }

    // yt-dlp's _is_agegated reasons.
    private static bool IsAgeGate(string reason) =>
        reason.Contains("inappropriate", StringComparison.OrdinalIgnoreCase)
        || reason.Contains("your age", StringComparison.OrdinalIgnoreCase)
        || reason.Contains("confirm your age", StringComparison.OrdinalIgnoreCase)
        || reason.Contains("age-restricted", StringComparison.OrdinalIgnoreCase);

    // "This content isn't available, try again later." (yt-dlp: the session is rate-limited for up to an hour).
    private static bool IsRateLimit(string reason) =>
        reason.Contains("try again later", StringComparison.OrdinalIgnoreCase)
        && reason.Contains("content isn", StringComparison.OrdinalIgnoreCase);

    // Answers every client gives: the video is gone ("This video has been removed by the uploader", "…account … terminated").
    private static bool IsRemoval(string reason) =>
        reason.Contains("removed", StringComparison.OrdinalIgnoreCase)
        || reason.Contains("terminated", StringComparison.OrdinalIgnoreCase)
        || reason.Contains("no longer available", StringComparison.OrdinalIgnoreCase);
}
