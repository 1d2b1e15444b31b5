using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>GET /users/@me: the bot user the token belongs to.</summary>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "users/@me", NoBody, DiscordJsonContext.Default.DiscordUser, Auth.Bot, cancellationToken);

    /// <summary>GET /applications/@me: the bot's application and its flags (the privileged intents it has).</summary>
    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "applications/@me", NoBody, DiscordJsonContext.Default.DiscordApplication, Auth.Bot, cancellationToken);
}
