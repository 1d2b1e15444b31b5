using System.Security.Cryptography;
using System.Text;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.State;
using LlmTutorBot.Faq.Retrieval;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// Grounded answers in the HybridCache (this process's memory, then Redis) under "{prefix}faq:answer:{hash}", the
/// hash taken over the normalized question, the reply language, the knowledge base's version, the model and the
/// prompt's version: a repeated question costs no tokens, and editing any of them misses. Entries are tagged with
/// the knowledge base's version and the model, so either can be dropped at once. Redis being down only means no
/// shared cache.
/// </summary>
public sealed class FaqAnswerCache(HybridCache cache, IOptions<StateOptions> state, IOptions<FaqOptions> options)
{
    private static readonly HybridCacheEntryOptions ReadOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly string _prefix = state.Value.KeyPrefix;
    private readonly TimeSpan _ttl = options.Value.AnswerCacheTtl;

    public bool IsEnabled => _ttl > TimeSpan.Zero;

    /// <summary>Tags live in Redis beside the entries, under the same prefix so deployments sharing a server stay apart.</summary>
    public string KnowledgeBaseTag(string knowledgeBaseVersion) => $"{_prefix}faq:kb:{knowledgeBaseVersion}";

    public string ModelTag(string model) => CacheTags.Model(_prefix, model);

    public FaqAnswerKey Key(string question, BotLanguage language, string knowledgeBaseVersion, string model, string promptVersion)
    {
        var normalized = string.Join(' ', Synonyms.Fold(question).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '?', '？', '!', '.', '。');
        var identity = $"{normalized}\u0001{language.Code()}\u0001{knowledgeBaseVersion}\u0001{model}\u0001{promptVersion}";
        var key = $"{_prefix}faq:answer:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32]}";
        return new FaqAnswerKey(key, [KnowledgeBaseTag(knowledgeBaseVersion), ModelTag(model)]);
    }

    public async Task<CachedFaqAnswer?> GetAsync(FaqAnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IsEnabled ? await cache.GetOrCreateAsync<CachedFaqAnswer?>(key.Value, _ => default, ReadOnly) : null;
    }

    public async Task SetAsync(FaqAnswerKey key, CachedFaqAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (IsEnabled)
        {
            await cache.SetAsync(key.Value, answer, new HybridCacheEntryOptions { Expiration = _ttl, LocalCacheExpiration = _ttl }, key.Tags);
        }
    }

    /// <summary>Drops every cached answer made from that version of the knowledge base, here and in Redis.</summary>
    public ValueTask InvalidateKnowledgeBaseAsync(string knowledgeBaseVersion) => cache.RemoveByTagAsync(KnowledgeBaseTag(knowledgeBaseVersion));
}
