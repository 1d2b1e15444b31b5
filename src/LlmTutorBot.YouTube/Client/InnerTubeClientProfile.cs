namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// One InnerTube client the bot presents itself as (an entry of YouTube:Clients): what goes into the player request's
/// context.client and headers, and what the bot may expect of it. Operators edit these when YouTube changes.
/// </summary>
public sealed record InnerTubeClientProfile
{
    /// <summary>context.client.clientName ("VISIONOS", "WEB", "ANDROID_VR").</summary>
    public string Name { get; set; } = "";

    /// <summary>The numeric client id, sent as X-YouTube-Client-Name (VISIONOS 101, WEB 1, ANDROID 3, ANDROID_VR 28).</summary>
    public int Id { get; set; }

    /// <summary>context.client.clientVersion, also sent as X-YouTube-Client-Version.</summary>
    public string Version { get; set; } = "";

    /// <summary>The User-Agent header (and context.client.userAgent).</summary>
    public string UserAgent { get; set; } = "";

    public string? DeviceMake { get; set; }

    public string? DeviceModel { get; set; }

    public string? OsName { get; set; }

    public string? OsVersion { get; set; }

    /// <summary>Android clients only.</summary>
    public int? AndroidSdkVersion { get; set; }

    /// <summary>context.client.platform ("MOBILE", "DESKTOP"); empty for none.</summary>
    public string? Platform { get; set; }

    /// <summary>Send a visitorData (fetched once before the first player request, then reused) with this client.</summary>
    public bool NeedsVisitorData { get; set; }

    /// <summary>YouTube:Cookies are sent to this client; clients that do not accept cookies never get them.</summary>
    public bool AcceptsCookies { get; set; }

    /// <summary>This client's caption URLs need a PO token, which the bot cannot make: the client is not asked for captions.</summary>
    public bool CaptionsNeedPoToken { get; set; }

    public override string ToString() => $"{Name} {Version}";
}
