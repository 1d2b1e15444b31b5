using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>POST /interactions/{id}/{token}/callback: the first answer to an interaction received on the gateway.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", Json(response, DiscordJsonContext.Default.InteractionResponse), Auth.None, cancellationToken);

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original: edits the deferred answer.</summary>
    public Task<DiscordMessage> EditOriginalResponseAsync(string applicationId, string token, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", Body(message, files), DiscordJsonContext.Default.DiscordMessage, Auth.None, cancellationToken);

    /// <summary>POST /webhooks/{application}/{token}: a follow-up message to an interaction.</summary>
    public Task<DiscordMessage> CreateFollowupAsync(string applicationId, string token, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{token}", Body(message, files), DiscordJsonContext.Default.DiscordMessage, Auth.None, cancellationToken);
}
