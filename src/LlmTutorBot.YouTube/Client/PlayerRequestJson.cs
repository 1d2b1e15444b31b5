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
    [property: JsonPropertyName("deviceMake")] string? DeviceMake,
    [property: JsonPropertyName("deviceModel")] string? DeviceModel,
    [property: JsonPropertyName("osName")] string? OsName,
    [property: JsonPropertyName("osVersion")] string? OsVersion,
    [property: JsonPropertyName("androidSdkVersion")] int? AndroidSdkVersion,
    [property: JsonPropertyName("visitorData")] string? VisitorData,
    [property: JsonPropertyName("hl")] string Hl = "en",
    [property: JsonPropertyName("gl")] string Gl = "US",
    [property: JsonPropertyName("utcOffsetMinutes")] int UtcOffsetMinutes = 0);
