using System.Text.Json.Serialization;

namespace LlmTutorBot.Discord.JsonModels;

/// <summary>Every Discord document the adapter reads or writes, generated at compile time (snake_case on the wire).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<int?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(GuildCreateData))]
[JsonSerializable(typeof(GuildRoleData))]
[JsonSerializable(typeof(ThreadListSyncData))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionData))]
[JsonSerializable(typeof(OutgoingMessage))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(Inbound.DiscordReplyRoute))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
