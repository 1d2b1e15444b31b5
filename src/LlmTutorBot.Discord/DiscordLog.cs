using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord;

/// <summary>Every log line of the Discord adapter. Tokens, keys and interaction tokens never appear in one.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(700, LogLevel.Debug, "Discord rate limit: waiting {WaitMs:F0} ms before {Route}")]
    public static partial void RateLimitWait(ILogger logger, string route, double waitMs);

    [LoggerMessage(701, LogLevel.Warning, "Discord answered 429 to {Route}: retry after {RetryAfterMs:F0} ms (global: {Global}, scope: {Scope})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterMs, bool global, string scope);

    [LoggerMessage(702, LogLevel.Error, "{Count} invalid Discord requests in 10 minutes: requests are refused until {Until:u} so that the address is not banned. Check the bot token and the bot's permissions")]
    public static partial void InvalidBudgetSpent(ILogger logger, int count, DateTimeOffset until);

    [LoggerMessage(703, LogLevel.Warning, "Discord request {Route} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string route);

    [LoggerMessage(704, LogLevel.Warning, "Discord request {Route} failed ({Failure}); attempt {Attempt} in {WaitMs:F0} ms")]
    public static partial void TransientRetry(ILogger logger, string route, string failure, int attempt, double waitMs);

    [LoggerMessage(705, LogLevel.Critical, "Discord answered 401 to {Route}: the bot token was revoked or reset. Discord is stopped (gateway closed, no more requests with this token) until Discord:BotToken is replaced and the bot restarted")]
    public static partial void TokenRevoked(ILogger logger, string route);

    [LoggerMessage(710, LogLevel.Information, "Refused a Discord interaction request: {Reason}")]
    public static partial void InteractionRefused(ILogger logger, string reason);

    [LoggerMessage(711, LogLevel.Error, "Could not deliver the reply to a Discord {Kind} in channel {ChannelId}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string kind, string channelId);

    [LoggerMessage(712, LogLevel.Warning, "Could not show progress in Discord channel {ChannelId}")]
    public static partial void ProgressFailed(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(713, LogLevel.Warning, "Could not start a thread in Discord channel {ChannelId}; answering in the channel")]
    public static partial void ThreadFailed(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(714, LogLevel.Error, "A Discord turn failed in channel {ChannelId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(715, LogLevel.Information, "The interaction token for channel {ChannelId} expired; the reply is sent as a normal message")]
    public static partial void InteractionExpired(ILogger logger, string channelId);

    [LoggerMessage(716, LogLevel.Warning, "The Discord turn queue is full ({Capacity} waiting); a message in channel {ChannelId} is dropped")]
    public static partial void QueueFull(ILogger logger, int capacity, string channelId);

    [LoggerMessage(717, LogLevel.Warning, "A Discord interaction in channel {ChannelId} can only be answered through its webhook, whose token ends soon: the turn is stopped and the user told it took too long")]
    public static partial void InteractionDeadline(ILogger logger, string channelId);

    [LoggerMessage(740, LogLevel.Debug, "Discord event {Id} was delivered before (to this or another replica); dropped")]
    public static partial void DuplicateEvent(ILogger logger, string id);
}
