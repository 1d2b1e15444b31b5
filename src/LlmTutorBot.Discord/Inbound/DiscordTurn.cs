using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Inbound;

/// <summary>
/// A message for the pipeline and where its answer goes on Discord; a <see cref="Notice"/> the adapter adds to the
/// reply (in its language), as when a typed /reset in a server was narrowed to the author's own preferences.
/// </summary>
internal sealed record DiscordTurn(InboundMessage Message, DiscordReplyRoute Route)
{
    public LocalizedText? Notice { get; init; }
}

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

/// <summary>
/// An interaction's webhook: its id, application and token, and when it arrived (the token lasts 15 minutes);
/// whether the deferred answer is ephemeral; whether the webhook is the only way to answer (a user install where the
/// bot is not a member) and whether the bot's permissions forbid a thread (see <see cref="InteractionReach"/>).
/// </summary>
internal sealed record InteractionRoute(
    string Id,
    string ApplicationId,
    string Token,
    DateTimeOffset ReceivedAt,
    bool Ephemeral = false,
    bool WebhookOnly = false,
    bool CannotStartThread = false)
{
    /// <summary>The token is valid for 15 minutes; stop using it a little before.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(30);

    public bool IsExpired(DateTimeOffset now) => now - ReceivedAt >= TokenLifetime;

    /// <summary>When the token stops being used.</summary>
    public DateTimeOffset ExpiresAt => ReceivedAt + TokenLifetime;
}
