using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>
    /// POST /interactions/{id}/{token}/callback: the first answer to an interaction received on the gateway. A retry
    /// after a lost answer finds it acknowledged already (40060), which means the first attempt went through.
    /// </summary>
    public async Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", Json(response, DiscordJsonContext.Default.InteractionResponse), Auth.None, cancellationToken);
        }
        catch (DiscordRestException exception) when (exception.Code == AlreadyAcknowledged)
        {
        }
    }

    /// <summary>DELETE /webhooks/{application}/{token}/messages/@original: removes the deferred answer (before an ephemeral follow-up).</summary>
    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{token}/messages/@original", NoBody, Auth.None, cancellationToken);

    /// <summary>Discord's error code for an interaction answered already.</summary>
    private const int AlreadyAcknowledged = 40060;

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original: edits the deferred answer.</summary>
    public Task<DiscordMessage> EditOriginalResponseAsync(string applicationId, string token, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", Body(message, files), DiscordJsonContext.Default.DiscordMessage, Auth.None, cancellationToken);

    /// <summary>POST /webhooks/{application}/{token}: a follow-up message to an interaction.</summary>
    public Task<DiscordMessage> CreateFollowupAsync(string applicationId, string token, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{token}", Body(message, files), DiscordJsonContext.Default.DiscordMessage, Auth.None, cancellationToken);
}
