using System.Net;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>
/// The YouTube:Proxy setting as a proxy: "http://user:pass@host:port" authenticates with the URL-decoded user and
/// password (WebProxy alone would drop them). Never bypassed, not even for loopback (tests put YouTube there).
/// </summary>
public sealed class YouTubeProxy : IWebProxy
{
    private YouTubeProxy(Uri address, ICredentials? credentials)
    {
        Address = address;
        Credentials = credentials;
    }

    /// <summary>The proxy's address, without the credentials.</summary>
    public Uri Address { get; }

    public ICredentials? Credentials { get; set; }

    /// <summary>Null for an empty setting; throws <see cref="FormatException"/> for one that is not an http(s) URL.</summary>
    public static YouTubeProxy? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        if (!Uri.TryCreate(setting.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            throw new FormatException("YouTube:Proxy must be http://host:port or http://user:password@host:port.");
        }

        NetworkCredential? credentials = null;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = colon < 0 ? uri.UserInfo : uri.UserInfo[..colon];
            var password = colon < 0 ? "" : uri.UserInfo[(colon + 1)..];
            credentials = new NetworkCredential(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password));
        }

        var address = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        return new YouTubeProxy(address, credentials);
    }

    public Uri GetProxy(Uri destination) => Address;

    public bool IsBypassed(Uri host) => false;
}
