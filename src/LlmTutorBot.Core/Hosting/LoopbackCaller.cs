using System.Net;
using Microsoft.AspNetCore.Http;

namespace LlmTutorBot.Core.Hosting;

/// <summary>
/// Whether a request comes straight from this machine: a loopback peer and none of the headers a reverse proxy or
/// sidecar adds. Behind a proxy on the same host every caller is loopback, so the headers are what give it away.
/// </summary>
public static class LoopbackCaller
{
    /// <summary>The headers proxies add to say who the real client is (any one of them present: not a direct caller).</summary>
    public static IReadOnlyList<string> ForwardingHeaders { get; } =
    [
        "Forwarded",
        "X-Forwarded-For",
        "X-Forwarded-Host",
        "X-Forwarded-Proto",
        "X-Real-IP",
        "X-Client-IP",
        "X-Original-For",
        "X-Cluster-Client-IP",
        "True-Client-IP",
        "CF-Connecting-IP",
        "Fastly-Client-IP",
        "X-Envoy-External-Address",
        "X-ARR-ClientIP",
        "X-Azure-ClientIP",
        "X-Azure-SocketIP",
    ];

    /// <summary>True for a loopback peer whose request carries no forwarding header.</summary>
    public static bool IsDirect(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address) && !IsForwarded(http.Request.Headers);
    }

    /// <summary>True when any forwarding header is present.</summary>
    public static bool IsForwarded(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var name in ForwardingHeaders)
        {
            if (headers.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for an absolute http(s) URL whose host is localhost or a loopback address.</summary>
    public static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;
}
