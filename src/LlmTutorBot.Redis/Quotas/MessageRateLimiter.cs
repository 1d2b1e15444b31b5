using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Quotas;

/// <summary>
/// Per-user and per-group message rates in fixed one-minute windows: INCR on the window's key and EXPIRE, queued on
/// the batch that loads the conversation, so counting costs no extra round trip. Every message counts, refused ones
/// included, so a flood waits for the next window.
/// </summary>
public sealed class MessageRateLimiter(RedisKeys keys, IOptions<QuotaOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly QuotaOptions _options = options.Value;

    /// <summary>Queues the counts on <paramref name="batch"/>; null when no limit applies to the message.</summary>
    internal PendingQuota? Count(IBatch batch, InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(message);
        // The operator's own terminal is not rate limited: "ask --json" may pipe hundreds of lines.
        if (message.Platform == ChatPlatform.Cli)
        {
            return null;
        }

        var userLimit = _options.UserMessagesPerMinute;
        var groupLimit = message.GroupId is null ? 0 : _options.GroupMessagesPerMinute;
        if (userLimit == 0 && groupLimit == 0)
        {
            return null;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)Window.TotalMilliseconds;
        var window = now / windowMs;
        var retryAfter = TimeSpan.FromMilliseconds(((window + 1) * windowMs) - now);
        var user = userLimit > 0 ? Increment(batch, keys.UserRate(message.Platform, message.User, window)) : null;
        var group = groupLimit > 0 ? Increment(batch, keys.GroupRate(message.Platform, message.GroupId!, window)) : null;
        return new PendingQuota(user, userLimit, group, groupLimit, retryAfter);
    }

    private static Task<long> Increment(IBatch batch, RedisKey key)
    {
        var count = batch.StringIncrementAsync(key);
        // Two windows, so a key outlives its minute whatever the clocks of the replicas say.
        batch.KeyExpireAsync(key, 2 * Window, flags: CommandFlags.FireAndForget);
        return count;
    }
}
