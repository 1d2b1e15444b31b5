using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.State;
using LlmTutorBot.Faq.Retrieval;
using LlmTutorBot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// Grounded answers in Redis under "{prefix}faq:answer:{hash}", the hash taken over the normalized question, the
/// reply language, the knowledge base's version, the model and the prompt's version: a repeated question costs no
/// tokens, and editing any of them misses. Redis being down only means no cache.
/// </summary>
public sealed class FaqAnswerCache(RedisConnection redis, IOptions<StateOptions> state, IOptions<FaqOptions> options, ILogger<FaqAnswerCache> logger)
{
    private readonly string _prefix = state.Value.KeyPrefix;
    private readonly TimeSpan _ttl = options.Value.AnswerCacheTtl;

    public bool IsEnabled => _ttl > TimeSpan.Zero;

    public RedisKey Key(string question, BotLanguage language, string knowledgeBaseVersion, string model, string promptVersion)
    {
        var normalized = string.Join(' ', Synonyms.Fold(question).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '?', '？', '!', '.', '。');
        var identity = $"{normalized}\u0001{language.Code()}\u0001{knowledgeBaseVersion}\u0001{model}\u0001{promptVersion}";
        return $"{_prefix}faq:answer:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32]}";
    }

    public async Task<CachedFaqAnswer?> GetAsync(RedisKey key)
    {
        if (!IsEnabled)
        {
            return null;
        }

        try
        {
            var db = await redis.GetDatabaseAsync();
            var value = await db.StringGetAsync(key);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize(value.ToString(), GroundingJsonContext.Default.CachedFaqAnswer);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or JsonException)
        {
            FaqLog.CacheUnavailable(logger, e);
            return null;
        }
    }

    public async Task SetAsync(RedisKey key, CachedFaqAnswer answer)
    {
        if (!IsEnabled)
        {
            return;
        }

        try
        {
            var db = await redis.GetDatabaseAsync();
            await db.StringSetAsync(key, JsonSerializer.Serialize(answer, GroundingJsonContext.Default.CachedFaqAnswer), _ttl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            FaqLog.CacheUnavailable(logger, e);
        }
    }
}
