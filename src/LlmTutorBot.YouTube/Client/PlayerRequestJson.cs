using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Client;

// The InnerTube player request body (wire format).
internal sealed record PlayerRequestJson(
    [property: JsonPropertyName("context")] PlayerRequestContextJson Context,
    [property: JsonPropertyName("videoId")] string VideoId,
    [property: JsonPropertyName("contentCheckOk")] bool ContentCheckOk = true,
    [property: JsonPropertyName("racyCheckOk")] bool RacyCheckOk = true);

internal sealed record PlayerRequestContextJson(
    [property: JsonPropertyName("client")] InnerTubeClientJson Client);

internal sealed record InnerTubeClientJson(
    [property: JsonPropertyName("clientName")] string ClientName,
    [property: JsonPropertyName("clientVersion")] string ClientVersion,
    [property: JsonPropertyName("userAgent")] string? UserAgent,
    [property: JsonPropertyName("deviceMake")] string? DeviceMake,
    [property: JsonPropertyName("deviceModel")] string? DeviceModel,
    [property: JsonPropertyName("osName")] string? OsName,
    [property: JsonPropertyName("osVersion")] string? OsVersion,
    [property: JsonPropertyName("androidSdkVersion")] int? AndroidSdkVersion,
    [property: JsonPropertyName("platform")] string? Platform,
    [property: JsonPropertyName("visitorData")] string? VisitorData,
    [property: JsonPropertyName("hl")] string Hl = "en",
    [property: JsonPropertyName("gl")] string Gl = "US",
    [property: JsonPropertyName("utcOffsetMinutes")] int UtcOffsetMinutes = 0)
{
    public static InnerTubeClientJson From(InnerTubeClientProfile profile, string? visitorData) => new(
        profile.Name,
        profile.Version,
        Empty(profile.UserAgent),
        Empty(profile.DeviceMake),
        Empty(profile.DeviceModel),
        Empty(profile.OsName),
        Empty(profile.OsVersion),
        profile.AndroidSdkVersion,
        Empty(profile.Platform),
        visitorData);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
