using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.Quotas;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.State;

/// <summary>
/// Conversation state in Redis: a hash of fields and a capped list of turns per conversation, a hash per user.
/// A load is one pipelined batch; a save is one MULTI/EXEC that writes only the fields the turn changed and
/// appends its turns, so concurrent turns of one thread never lose each other's writes. Every key gets a TTL.
/// The load also counts the message against its rate limits (<see cref="MessageRateLimiter"/>), in the same batch.
/// Connection failures and timeouts (<see cref="RedisTimeoutException"/> is a <see cref="TimeoutException"/>, not a
/// <see cref="RedisException"/>) degrade the turn instead of failing it, and let it through the rate limits.
/// </summary>
public sealed class RedisConversationStore(
    RedisConnection connection,
    RedisKeys keys,
    RedisRoundTrips roundTrips,
    MessageRateLimiter rateLimiter,
    IOptions<StateOptions> options,
    ILogger<RedisConversationStore> logger) : IConversationStore
{
    private const string LanguageField = "lang";
    private const string VideoField = "video";
    private const string IntentField = "intent";
    private const string TopicField = "topic";

    private readonly StateOptions _options = options.Value;

    public Task<ConversationState> LoadAsync(ConversationAddress conversation, ChatUser user, CancellationToken cancellationToken) =>
        LoadAsync(conversation, user, message: null, cancellationToken);

    /// <summary>Loads the state and counts the message against its rate limits, in the same batch.</summary>
    public Task<ConversationState> LoadAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return LoadAsync(message.Conversation, message.User, message, cancellationToken);
    }

    private async Task<ConversationState> LoadAsync(ConversationAddress conversation, ChatUser user, InboundMessage? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        try
        {
            var database = await connection.GetConnectedDatabaseAsync();
            var batch = database.CreateBatch();
            var fields = batch.HashGetAllAsync(keys.Conversation(conversation));
            var turns = batch.ListRangeAsync(keys.Turns(conversation));
            var userLanguage = batch.HashGetAsync(keys.User(conversation.Platform, user), LanguageField);
            var quota = message is null ? null : rateLimiter.Count(batch, message);
            batch.Execute();
            roundTrips.Add("load");
            await Task.WhenAll([fields, turns, userLanguage, .. quota?.Tasks ?? []]).WaitAsync(cancellationToken);

            var hash = (await fields).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
            return new ConversationState
            {
                Language = ParseLanguage(hash.GetValueOrDefault(LanguageField)),
                CurrentVideo = hash.GetValueOrDefault(VideoField),
                LastIntent = hash.GetValueOrDefault(IntentField),
                Topic = hash.GetValueOrDefault(TopicField),
                Turns = [.. (await turns).Select(ParseTurn).OfType<ConversationTurn>()],
                UserLanguage = ParseLanguage(await userLanguage),
                QuotaExceeded = quota?.Verdict(),
            };
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            RedisLog.LoadFailed(logger, exception, conversation.ConversationId);
            return ConversationState.Unavailable;
        }
    }

    public async Task<bool> SaveAsync(ConversationAddress conversation, ChatUser user, ConversationUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(update);
        var conversationKey = keys.Conversation(conversation);
        var turnsKey = keys.Turns(conversation);
        var userKey = keys.User(conversation.Platform, user);
        var changes = update.Changes;
        try
        {
            var database = await connection.GetConnectedDatabaseAsync();
            var transaction = database.CreateTransaction();
            List<Task> pending = [];
            if (changes.ForgetConversation)
            {
                pending.Add(transaction.KeyDeleteAsync([conversationKey, turnsKey]));
            }

            SetOrDelete(transaction, pending, conversationKey, LanguageField, changes.ConversationLanguage is { } language ? new(language.Value?.Code()) : null);
            SetOrDelete(transaction, pending, conversationKey, VideoField, changes.CurrentVideo);
            SetOrDelete(transaction, pending, conversationKey, TopicField, changes.Topic);
            SetOrDelete(transaction, pending, conversationKey, IntentField, update.Intent is null ? null : new FieldChange<string?>(update.Intent));
            if (update.NewTurns.Count > 0)
            {
                var values = update.NewTurns.Select(t => (RedisValue)JsonSerializer.Serialize(t, StateJsonContext.Default.ConversationTurn)).ToArray();
                pending.Add(transaction.ListRightPushAsync(turnsKey, values));
                pending.Add(transaction.ListTrimAsync(turnsKey, -_options.MaxTurns, -1));
            }

            pending.Add(transaction.KeyExpireAsync(conversationKey, _options.ConversationTtl));
            pending.Add(transaction.KeyExpireAsync(turnsKey, _options.ConversationTtl));

            foreach (var append in changes.LogAppends)
            {
                var logKey = keys.Log(append.Log);
                pending.Add(transaction.ListRightPushAsync(logKey, append.Line));
                pending.Add(transaction.ListTrimAsync(logKey, -append.Cap, -1));
                pending.Add(transaction.KeyExpireAsync(logKey, _options.UserTtl));
            }

            SetOrDelete(transaction, pending, userKey, LanguageField, changes.UserLanguage is { } userLanguage ? new(userLanguage.Value?.Code()) : null);
            pending.Add(transaction.KeyExpireAsync(userKey, _options.UserTtl));

            var committed = transaction.ExecuteAsync();
            roundTrips.Add("save");
            if (!await committed.WaitAsync(cancellationToken))
            {
                return false;
            }

            // Surfaces a command that failed inside EXEC (a key of the wrong type, say) as a RedisException.
            await Task.WhenAll(pending);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            RedisLog.SaveFailed(logger, exception, conversation.ConversationId);
            return false;
        }
    }

    private static void SetOrDelete(ITransaction transaction, List<Task> pending, RedisKey key, string field, FieldChange<string?>? change)
    {
        if (change is null)
        {
            return;
        }

        pending.Add(change.Value is null
            ? transaction.HashDeleteAsync(key, field)
            : transaction.HashSetAsync(key, field, change.Value));
    }

    private static BotLanguage? ParseLanguage(RedisValue value) =>
        value.HasValue && BotLanguages.TryParse(value.ToString(), out var language) ? language : null;

    private static BotLanguage? ParseLanguage(string? value) =>
        BotLanguages.TryParse(value, out var language) ? language : null;

    /// <summary>A turn that does not parse (written by another version) is skipped, not fatal.</summary>
    private static ConversationTurn? ParseTurn(RedisValue value)
    {
        try
        {
            return JsonSerializer.Deserialize((string?)value ?? "", StateJsonContext.Default.ConversationTurn);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
