using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(720, LogLevel.Information, "Discord shard {ShardId}/{ShardCount} connected as {BotUserId} (session started)")]
    public static partial void Ready(ILogger logger, int shardId, int shardCount, string botUserId);

    [LoggerMessage(721, LogLevel.Information, "Discord shard {ShardId} resumed its session ({Replayed} events replayed)")]
    public static partial void Resumed(ILogger logger, int shardId, int replayed);

    [LoggerMessage(722, LogLevel.Warning, "Discord shard {ShardId} lost its connection ({Reason}); reconnecting in {DelayMs:F0} ms, {Mode}")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, double delayMs, string mode);

    [LoggerMessage(723, LogLevel.Critical, "Discord shard {ShardId} stopped and will not reconnect: {Reason}. Fix the setting and restart the bot")]
    public static partial void Stopped(ILogger logger, int shardId, string reason);

    [LoggerMessage(724, LogLevel.Warning, "Discord shard {ShardId}: no heartbeat acknowledgement since the last heartbeat; the connection is a zombie, reconnecting")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(725, LogLevel.Information, "Discord shard {ShardId}: the session was invalidated (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(726, LogLevel.Warning, "No Discord session starts left today; waiting {Minutes:F0} minutes before identifying")]
    public static partial void IdentifyBudgetSpent(ILogger logger, double minutes);

    [LoggerMessage(727, LogLevel.Warning, "Discord shard {ShardId}: an {EventName} event could not be handled")]
    public static partial void DispatchFailed(ILogger logger, Exception exception, int shardId, string eventName);

    [LoggerMessage(728, LogLevel.Information, "Discord gateway: running shards {ShardIds} of {ShardCount} at {GatewayUrl} (max_concurrency {MaxConcurrency})")]
    public static partial void Starting(ILogger logger, string shardIds, int shardCount, string gatewayUrl, int maxConcurrency);

    [LoggerMessage(729, LogLevel.Debug, "Discord gateway not started: Discord:BotToken is not set")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(730, LogLevel.Error, "Could not ask Discord for the gateway (GET /gateway/bot); retrying in {DelaySeconds:F0} s")]
    public static partial void GatewayInfoFailed(ILogger logger, Exception exception, double delaySeconds);

    [LoggerMessage(731, LogLevel.Debug, "Discord shard {ShardId} dropped a duplicate event with sequence {Sequence}")]
    public static partial void DuplicateDropped(ILogger logger, int shardId, int sequence);

    [LoggerMessage(732, LogLevel.Error, "Discord shard {ShardId}: Discord refused the Message Content intent (4014); running without it. Mentions, DMs, slash and message commands still work; plain messages in the bot's threads are no longer read unless they mention the bot. Enable the intent for the bot in the Developer Portal (bots in 100 or more servers need Discord's approval), or set Discord:MessageContent to off to silence this")]
    public static partial void MessageContentRefused(ILogger logger, int shardId);

    [LoggerMessage(733, LogLevel.Critical, "Discord gateway stopped for this replica and every other: {Reason}. It stays stopped until the settings change or the bot restarts")]
    public static partial void GatewayStoppedEverywhere(ILogger logger, string reason);

    [LoggerMessage(734, LogLevel.Information, "Discord session starts: {Remaining} of {Total} left, reset in {ResetMinutes:F0} minutes")]
    public static partial void IdentifyBudget(ILogger logger, int remaining, int total, double resetMinutes);

    [LoggerMessage(735, LogLevel.Critical, "Discord gateway stopped: the bot token was revoked")]
    public static partial void StoppedTokenRevoked(ILogger logger);

    [LoggerMessage(741, LogLevel.Information, "Discord shard {ShardId} of {ShardCount}: lease taken, starting it here")]
    public static partial void ShardLeaseTaken(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(742, LogLevel.Warning, "Discord shard {ShardId}: lease lost (another replica may hold it); stopped here")]
    public static partial void ShardLeaseLost(ILogger logger, int shardId);

    [LoggerMessage(743, LogLevel.Warning, "Discord shard leases cannot be read or renewed in Redis")]
    public static partial void ShardLeaseUnavailable(ILogger logger, Exception exception);
}
