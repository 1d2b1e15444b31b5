namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// Where to send messages for a conversation: the Connector's service URL, the wire conversation id (for a channel
/// thread, "19:…;messageid={rootId}") and the activity to reply to. Kept from the inbound activity; enough for
/// proactive messages after the HTTP request has been answered. <see cref="ConversationType"/> is personal, groupChat
/// or channel (null in references stored before it was kept, and from clients that do not say).
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? ActivityId,
    string? BotId,
    string? BotName,
    string? TenantId,
    string ChannelId,
    string? ConversationType = null)
{
    /// <summary>A one-to-one chat with the bot: where Teams streams answers and takes files.</summary>
    public bool IsPersonal => ConversationType == "personal";

    /// <summary>A team channel: no feedback buttons there (Teams shows them in chats only).</summary>
    public bool IsChannel => ConversationType == "channel";
}
