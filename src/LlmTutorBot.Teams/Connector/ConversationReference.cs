namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// Where to send messages for a conversation: the Connector's service URL, the wire conversation id (for a channel
/// thread, "19:…;messageid={rootId}") and the activity to reply to. Kept from the inbound activity; enough for
/// proactive messages after the HTTP request has been answered.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? ActivityId,
    string? BotId,
    string? BotName,
    string? TenantId,
    string ChannelId);
