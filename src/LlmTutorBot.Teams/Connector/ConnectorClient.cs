using System.Net.Http.Headers;
using System.Net.Http.Json;
using LlmTutorBot.Teams.Activities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// The Bot Framework Connector REST API at an activity's serviceUrl: reply to an activity, send to a conversation
/// (proactive), update an activity, typing. Failures are logged and returned as null, never thrown: a reply that
/// cannot be delivered must not break the turn.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    /// <summary>Replies in the conversation of the activity the reference points at (in its thread for a channel).</summary>
    public Task<ResourceResponse?> ReplyAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ActivityId is { Length: > 0 } replyTo
            ? SendCoreAsync(HttpMethod.Post, Url(reference, replyTo), Outbound(reference, activity, replyTo), "reply", cancellationToken)
            : SendAsync(reference, activity, cancellationToken);
    }

    /// <summary>Sends to the conversation without replying to an activity: proactive messages.</summary>
    public Task<ResourceResponse?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendCoreAsync(HttpMethod.Post, Url(reference, null), Outbound(reference, activity, null), "send", cancellationToken);
    }

    /// <summary>Replaces a message the bot sent (the progress message).</summary>
    public Task<ResourceResponse?> UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendCoreAsync(HttpMethod.Put, Url(reference, activityId), Outbound(reference, activity, null) with { Id = activityId }, "update", cancellationToken);
    }

    public Task<ResourceResponse?> TypingAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        ReplyAsync(reference, new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    private async Task<ResourceResponse?> SendCoreAsync(HttpMethod method, Uri url, Activity activity, string operation, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(activity, BotFrameworkJsonContext.Default.Activity) };
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            else if (tokens.IsRequired)
            {
                // An app id and no token: nothing goes out unauthenticated (the readiness check says why).
                TeamsLog.ConnectorFailed(logger, operation, StatusCodes.Status401Unauthorized);
                return null;
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                TeamsLog.ConnectorFailed(logger, operation, (int)response.StatusCode);
                return null;
            }

            return response.Content.Headers.ContentLength is 0
                ? new ResourceResponse(null)
                : await response.Content.ReadFromJsonAsync(BotFrameworkJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(null);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.ConnectorUnreachable(logger, exception, operation);
            return null;
        }
    }

    private static Uri Url(ConversationReference reference, string? activityId)
    {
        var url = $"{reference.ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(reference.ConversationId)}/activities";
        return new Uri(activityId is null ? url : $"{url}/{Uri.EscapeDataString(activityId)}");
    }

    /// <summary>Fills the addressing fields every outbound activity needs.</summary>
    private static Activity Outbound(ConversationReference reference, Activity activity, string? replyToId) => activity with
    {
        Type = activity.Type ?? ActivityTypes.Message,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = reference.BotId is null ? null : new ChannelAccount(reference.BotId, reference.BotName),
        Conversation = new ConversationAccount(reference.ConversationId) { TenantId = reference.TenantId },
        ReplyToId = replyToId,
    };
}
