namespace LlmTutorBot.YouTube.Client;

/// <summary>A client the bot presents itself as to InnerTube (PROTOCOLS.md §3.1–3.2).</summary>
internal sealed record InnerTubeClient(string Name, string Version, string UserAgent, InnerTubeClientJson Body)
{
    /// <summary>Needs no PO token for captions (YoutubeExplode's choice since 2026-02).</summary>
    public static InnerTubeClient AndroidVr { get; } = new(
        "ANDROID_VR",
        "1.60.19",
        "com.google.android.apps.youtube.vr.oculus/1.60.19 (Linux; U; Android 12L; Quest 3 Build/SQ3A.220605.009.A1) gzip",
        new InnerTubeClientJson("ANDROID_VR", "1.60.19", "Oculus", "Quest 3", "Android", "12L", 32, null));

    /// <summary>The fallback (youtube-transcript-api's client).</summary>
    public static InnerTubeClient Android { get; } = new(
        "ANDROID",
        "20.10.38",
        "com.google.android.youtube/20.10.38 (Linux; U; Android 14) gzip",
        new InnerTubeClientJson("ANDROID", "20.10.38", null, null, "Android", "14", 34, null));

    public static IReadOnlyList<InnerTubeClient> InOrder { get; } = [AndroidVr, Android];
}
