using System.Text.Json;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Teams.Feedback;

/// <summary>
/// Feedback on the bot's answers written by a model. Each such answer's id is remembered as
/// "{prefix}teams-sent:{conversation}:{message id}" for <see cref="BotFrameworkOptions.FeedbackTtl"/>; feedback on any
/// other message is refused and nothing is written. Accepted feedback goes, newest first, into the list
/// "{prefix}log:teams-feedback", capped at <see cref="BotFrameworkOptions.MaxFeedback"/> entries, whose TTL is renewed
/// to FeedbackTtl with each entry.
/// </summary>
public sealed class TeamsFeedbackStore(RedisConnection redis, RedisKeys keys, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<TeamsFeedbackStore> logger)
{
    public const string LogName = "teams-feedback";
    public const int MaxComment = 2_000;

    /// <summary>Remembers that the bot sent this message and asked for feedback on it. Failures are logged: feedback on it will be refused.</summary>
    public async Task RememberSentAsync(string conversationId, string messageId)
    {
        try
        {
            var database = await redis.GetConnectedDatabaseAsync();
            await database.StringSetAsync(SentKey(conversationId, messageId), "1", options.Value.FeedbackTtl);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            TeamsLog.SentMessageNotRemembered(logger, exception, messageId);
        }
    }

    /// <summary>Stores the feedback, or says why it is refused (nothing is written then).</summary>
    public async Task<string?> RecordAsync(string conversationId, string userId, string? userName, FeedbackAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.MessageId is not { Length: > 0 } messageId)
        {
            return "The feedback names no message (replyToId).";
        }

        if (answer.Reaction is not ("like" or "dislike"))
        {
            return "The feedback's reaction is neither like nor dislike.";
        }

        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        if (!await database.KeyExistsAsync(SentKey(conversationId, messageId)).WaitAsync(cancellationToken))
        {
            return "The bot did not send this message, or asked for no feedback on it (or too long ago).";
        }

        var comment = answer.Comment is { Length: > MaxComment } longer ? longer[..MaxComment] : answer.Comment;
        var record = new TeamsFeedback(time.GetUtcNow(), conversationId, messageId, userId, userName, answer.Reaction, string.IsNullOrWhiteSpace(comment) ? null : comment);
        var key = keys.Log(LogName);
        var transaction = database.CreateTransaction();
        var push = transaction.ListLeftPushAsync(key, JsonSerializer.Serialize(record, BotFrameworkJsonContext.Default.TeamsFeedback));
        var trim = transaction.ListTrimAsync(key, 0, options.Value.MaxFeedback - 1);
        var expire = transaction.KeyExpireAsync(key, options.Value.FeedbackTtl);
        await transaction.ExecuteAsync().WaitAsync(cancellationToken);
        await Task.WhenAll(push, trim, expire);
        return null;
    }

    /// <summary>The newest <paramref name="count"/> entries, as stored (JSON), newest first.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(int count)
    {
        var database = await redis.GetDatabaseAsync();
        var lines = await database.ListRangeAsync(keys.Log(LogName), 0, count - 1);
        return [.. lines.Select(l => l.ToString())];
    }

    private RedisKey SentKey(string conversationId, string messageId) =>
        $"{keys.Prefix}teams-sent:{Uri.EscapeDataString(conversationId)}:{Uri.EscapeDataString(messageId)}";
}
