namespace LlmTutorBot.Discord.JsonModels;

/// <summary>GET /applications/@me: the bot's application, whose flags say which privileged intents it has.</summary>
internal sealed record DiscordApplication(string Id, string? Name = null, long? Flags = null)
{
    /// <summary>GATEWAY_MESSAGE_CONTENT: the Message Content intent, for a verified bot (in 100 servers or more).</summary>
    public const long GatewayMessageContent = 1 << 18;

    /// <summary>GATEWAY_MESSAGE_CONTENT_LIMITED: the Message Content intent, for a bot in fewer than 100 servers.</summary>
    public const long GatewayMessageContentLimited = 1 << 19;

    public bool HasMessageContentIntent => ((Flags ?? 0) & (GatewayMessageContent | GatewayMessageContentLimited)) != 0;
}
