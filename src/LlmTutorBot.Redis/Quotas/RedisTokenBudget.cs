using LlmTutorBot.Llm.Usage;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Quotas;

/// <summary>
/// The daily LLM token budget in Redis, shared by every replica: counters per UTC day for the whole bot, each user and
/// each group. A check is one batched read and a record one batched INCRBY. Redis being down lets calls through.
/// </summary>
public sealed class RedisTokenBudget(
    RedisConnection connection,
    RedisKeys keys,
    RedisRoundTrips roundTrips,
    IOptions<QuotaOptions> options,
    TimeProvider time,
    ILogger<RedisTokenBudget> logger) : ILlmTokenBudget
{
    // A day's counter outlives its day, so a replica whose clock is a little behind still reads it.
    private static readonly TimeSpan CounterTtl = TimeSpan.FromDays(2);

    private readonly QuotaOptions _options = options.Value;

    public async ValueTask<bool> HasBudgetAsync(LlmBudgetScope? scope, CancellationToken cancellationToken)
    {
        var limited = Counters(scope).Where(c => c.Limit > 0).ToList();
        if (limited.Count == 0)
        {
            return true;
        }

        try
        {
            var database = await connection.GetDatabaseAsync();
            var batch = database.CreateBatch();
            var reads = limited.Select(c => batch.StringGetAsync(c.Key)).ToList();
            batch.Execute();
            roundTrips.Add("llm-budget");
            var values = await Task.WhenAll(reads).WaitAsync(cancellationToken);
            return !limited.Where((counter, i) => (long)values[i] >= counter.Limit).Any();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            QuotaLog.BudgetUnavailable(logger, exception);
            return true;
        }
    }

    public async ValueTask RecordAsync(LlmBudgetScope? scope, LlmUsage usage, CancellationToken cancellationToken)
    {
        if (usage.TotalTokens <= 0)
        {
            return;
        }

        try
        {
            var database = await connection.GetDatabaseAsync();
            var batch = database.CreateBatch();
            List<Task> writes = [];
            foreach (var counter in Counters(scope))
            {
                writes.Add(batch.StringIncrementAsync(counter.Key, usage.TotalTokens));
                writes.Add(batch.KeyExpireAsync(counter.Key, CounterTtl));
            }

            batch.Execute();
            roundTrips.Add("llm-usage");
            await Task.WhenAll(writes).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            QuotaLog.BudgetUnavailable(logger, exception);
        }
    }

    /// <summary>What a call in <paramref name="scope"/> is counted against: the whole bot, the user, their group.</summary>
    private IEnumerable<(RedisKey Key, long Limit)> Counters(LlmBudgetScope? scope)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        yield return (keys.LlmTokens("all", null, day), _options.DailyLlmTokens);
        if (scope is null)
        {
            yield break;
        }

        yield return (keys.LlmTokens("user", scope.UserKey, day), _options.UserDailyLlmTokens);
        if (scope.GroupKey is { Length: > 0 } group)
        {
            yield return (keys.LlmTokens("group", group, day), _options.GroupDailyLlmTokens);
        }
    }
}
