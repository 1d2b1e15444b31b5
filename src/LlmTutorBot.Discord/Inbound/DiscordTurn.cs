using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Inbound;

/// <summary>A message for the pipeline and where its answer goes on Discord.</summary>
internal sealed record DiscordTurn(InboundMessage Message, DiscordReplyRoute Route);

/// <summary>
/// Where a turn's progress and reply go: the channel, the user's message to reply to, and for an interaction the
/// webhook token that can edit its response for 15 minutes.
/// </summary>
internal sealed record DiscordReplyRoute(
    string ChannelId,
    string? GuildId,
    string? UserMessageId,
    int? ChannelType,
    string UserId,
    InteractionRoute? Interaction = null)
{
    public bool IsDirect => GuildId is null;

    /// <summary>A thread can be started from the user's message: a guild text channel, not a thread, not a DM.</summary>
    public bool CanStartThread => GuildId is not null && UserMessageId is not null && ChannelType is { } type && ChannelTypes.CanStartThread(type);
}

/// <summary>An interaction's webhook: its id, application and token, and when it arrived (the token lasts 15 minutes).</summary>
internal sealed record InteractionRoute(string Id, string ApplicationId, string Token, DateTimeOffset ReceivedAt)
{
    /// <summary>The token is valid for 15 minutes; stop using it a little before.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(30);

    public bool IsExpired(DateTimeOffset now) => now - ReceivedAt >= TokenLifetime;
}
