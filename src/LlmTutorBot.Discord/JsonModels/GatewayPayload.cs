using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmTutorBot.Discord.JsonModels;

/// <summary>A frame received on the gateway: opcode, data, sequence number and event name.</summary>
internal sealed record GatewayPayload(int Op, JsonElement D, int? S, string? T);

/// <summary>A frame the bot sends.</summary>
internal sealed record GatewayCommand<T>(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T D);

internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}
