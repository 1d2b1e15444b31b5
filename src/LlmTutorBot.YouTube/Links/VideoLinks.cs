using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Links;

/// <summary>
/// Finds YouTube links in a message: watch, youtu.be, shorts, embed, live, /v/, /e/ on youtube.com, its subdomains
/// (www., m., music.), youtube-nocookie.com and youtubekids.com, with any extra parameters (t=, si=, list=), inside
/// Markdown links or angle brackets. Only these hosts are recognized, so nothing else is ever fetched.
/// </summary>
public static partial class VideoLinks
{
    private static readonly string[] IdPaths = ["embed", "shorts", "live", "v", "e"];

    /// <summary>Every distinct video linked in the text, in order of appearance.</summary>
    public static IReadOnlyList<VideoId> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<VideoId>();
        foreach (Match match in UrlPattern().Matches(text))
        {
            var candidate = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\'', '*', '_');
            if (TryParseUrl(candidate, out var value))
            {
                var id = VideoId.FromValidated(value);
                if (!found.Contains(id))
                {
                    found.Add(id);
                }
            }
        }

        return found;
    }

    public static VideoId? FindFirst(string? text) => FindAll(text) is [var first, ..] ? first : null;

    /// <summary>True when the host is one of YouTube's (never a look-alike such as youtube.com.evil.example).</summary>
    public static bool IsYouTubeHost(string host)
    {
        var h = host.ToLowerInvariant().TrimEnd('.');
        return h is "youtube.com" or "youtu.be" or "youtube-nocookie.com" or "youtubekids.com" or "youtube.googleapis.com"
            || h.EndsWith(".youtube.com", StringComparison.Ordinal)
            || h.EndsWith(".youtube-nocookie.com", StringComparison.Ordinal)
            || h.EndsWith(".youtubekids.com", StringComparison.Ordinal);
    }

    internal static bool TryParseUrl(string text, [NotNullWhen(true)] out string? id)
    {
        id = null;
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.UserInfo)
            || !uri.IsDefaultPort
            || !IsYouTubeHost(uri.Host))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (uri.Host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            if (segments is [var shortId] && VideoId.IsValidId(shortId))
            {
                id = shortId;
                return true;
            }

            return TryQueryId(uri, out id);
        }

        if (segments.Length >= 2 && IdPaths.Contains(segments[0], StringComparer.OrdinalIgnoreCase) && VideoId.IsValidId(segments[1]))
        {
            id = segments[1];
            return true;
        }

        return TryQueryId(uri, out id);
    }

    // v= in the query, or after '#' / '#!' (yt-dlp accepts both).
    private static bool TryQueryId(Uri uri, [NotNullWhen(true)] out string? id)
    {
        id = null;
        foreach (var part in new[] { uri.Query, uri.Fragment })
        {
            var query = part.IndexOf('?', StringComparison.Ordinal) is var q and > 0 ? part[(q + 1)..] : part.TrimStart('?', '#', '!');
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var separator = pair.IndexOf('=', StringComparison.Ordinal);
                if (separator > 0 && pair.AsSpan(0, separator).Equals("v", StringComparison.OrdinalIgnoreCase))
                {
                    var value = Uri.UnescapeDataString(pair[(separator + 1)..]);
                    if (VideoId.IsValidId(value))
                    {
                        id = value;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // A URL on a YouTube host that is not part of another host or path (evil.example/youtube.com, youtube.com.evil.example); Markdown "(...)" and "<...>" delimiters stop the match.
    [GeneratedRegex(@"(?<![\w.\-/@])(?:https?://)?(?:[a-z0-9-]+\.)*(?:youtube(?:-nocookie|kids)?\.com|youtu\.be|youtube\.googleapis\.com)(?::\d+)?(?![\w.\-@])(?:/[^\s<>()\[\]""'`|]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
