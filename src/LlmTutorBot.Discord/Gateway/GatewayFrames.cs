using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>Reads and writes gateway frames with the source-generated context.</summary>
internal static class GatewayFrames
{
    /// <summary>The frame in a UTF-8 JSON text message; throws <see cref="JsonException"/> when it is not one.</summary>
    public static GatewayPayload Parse(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, DiscordJsonContext.Default.GatewayPayload)
            ?? throw new JsonException("A gateway frame was null.");

    public static GatewayPayload Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The frame's data as <typeparamref name="T"/>; throws <see cref="JsonException"/> when it does not fit.</summary>
    public static T Data<T>(GatewayPayload payload, JsonTypeInfo<T> type) =>
        payload.D.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? payload.D.Deserialize(type) ?? throw new JsonException($"The {payload.T ?? payload.Op.ToString(System.Globalization.CultureInfo.InvariantCulture)} frame has no data.")
            : throw new JsonException($"The {payload.T ?? payload.Op.ToString(System.Globalization.CultureInfo.InvariantCulture)} frame has no data object.");

    /// <summary>A READY frame's data; throws <see cref="JsonException"/> when it lacks the bot user or the session id.</summary>
    public static ReadyData Ready(GatewayPayload payload)
    {
        var ready = Data(payload, DiscordJsonContext.Default.ReadyData);
        return ready.User?.Id is { Length: > 0 } && ready.SessionId is { Length: > 0 }
            ? ready
            : throw new JsonException("The READY frame has no bot user or no session id.");
    }

    public static byte[] Heartbeat(int? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<int?>(GatewayOpcodes.Heartbeat, sequence), DiscordJsonContext.Default.GatewayCommandNullableInt32);

    public static byte[] Identify(IdentifyData data) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<IdentifyData>(GatewayOpcodes.Identify, data), DiscordJsonContext.Default.GatewayCommandIdentifyData);

    public static byte[] Resume(ResumeData data) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<ResumeData>(GatewayOpcodes.Resume, data), DiscordJsonContext.Default.GatewayCommandResumeData);
}
