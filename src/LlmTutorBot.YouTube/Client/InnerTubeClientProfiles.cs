namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// The built-in YouTube:Clients, used when the setting is absent, in the order they are tried. Facts read (not code
/// copied) from yt-dlp 81ecd58 (2026-08-20) yt_dlp/extractor/youtube/_base.py INNERTUBE_CLIENTS and _video.py
/// (_DEFAULT_CLIENTS = visionos, web; android_vr formats refused since 2026-08-17), YoutubeExplode a0daac2
/// (2026-05-03, ANDROID_VR 1.60.19 with visitorData from /sw.js_data) and youtube-transcript-api 85c8594 (2026-05-06,
/// ANDROID; exp=xpe tracks need a PO token).
/// </summary>
public static class InnerTubeClientProfiles
{
    public static IReadOnlyList<InnerTubeClientProfile> Defaults { get; } =
    [
        // yt-dlp's first default since 2026-08; no PO token for the player; "made for kids" videos are unplayable.
        new()
        {
            Name = "VISIONOS",
            Id = 101,
            Version = "1.02",
            UserAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 15_7_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15",
            DeviceMake = "Apple",
            DeviceModel = "RealityDevice17,1",
            OsName = "visionOS",
            OsVersion = "26.5.23O471",
            NeedsVisitorData = true,
        },

        // yt-dlp's second default; accepts cookies; tracks in the exp=xpe/xpv experiment need a PO token (skipped).
        new()
        {
            Name = "WEB",
            Id = 1,
            Version = "2.20260708.00.00",
            UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36,gzip(gfe)",
            Platform = "DESKTOP",
            NeedsVisitorData = true,
            AcceptsCookies = true,
        },

        // Formats refused since 2026-08-17 (yt-dlp), but it may still list caption tracks.
        new()
        {
            Name = "ANDROID_VR",
            Id = 28,
            Version = "1.65.10",
            UserAgent = "com.google.android.apps.youtube.vr.oculus/1.65.10 (Linux; U; Android 12L; eureka-user Build/SQ3A.220605.009.A1) gzip",
            DeviceMake = "Oculus",
            DeviceModel = "Quest 3",
            OsName = "Android",
            OsVersion = "12L",
            AndroidSdkVersion = 32,
            NeedsVisitorData = true,
        },

        // youtube-transcript-api's client (older version there); the last resort.
        new()
        {
            Name = "ANDROID",
            Id = 3,
            Version = "21.26.364",
            UserAgent = "com.google.android.youtube/21.26.364 (Linux; U; Android 11) gzip",
            OsName = "Android",
            OsVersion = "11",
            AndroidSdkVersion = 30,
        },
    ];
}
