using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>GET /gateway/bot: the address, the recommended shard count and the identify limits.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "gateway/bot", NoBody, DiscordJsonContext.Default.GatewayBotInfo, Auth.Bot, cancellationToken);
}
