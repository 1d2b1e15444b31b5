using System.Numerics.Tensors;
using LlmTutorBot.Faq.Retrieval;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Embeddings;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// Hybrid retrieval for the passages sent to the model, when Llm:EmbeddingModel is set: every entry is embedded once
/// (kept in memory for the knowledge base's version and the model), the question is embedded, and each candidate is
/// ranked by the mean of its cosine similarity and its BM25 score scaled to the best one. Entries the words missed but
/// the meaning finds join the lexical hits. Any embedding failure keeps the lexical order.
/// </summary>
public sealed class FaqSemanticRanker(FaqLibrary library, ILlmEmbeddings embeddings, ILogger<FaqSemanticRanker> logger) : IDisposable
{
    private const int SemanticCandidates = 4;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (string Key, ReadOnlyMemory<float>[] Vectors)? _entryVectors;

    public bool IsEnabled => embeddings.IsEnabled;

    /// <summary>The embedding model, or empty: part of the answer cache's key, as it changes the passages.</summary>
    public string Model => embeddings.IsEnabled ? embeddings.Model : "";

    public async Task<IReadOnlyList<FaqHit>> RankAsync(string question, IReadOnlyList<FaqHit> hits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (!embeddings.IsEnabled)
        {
            return hits;
        }

        try
        {
            var vectors = await EntryVectorsAsync(cancellationToken);
            var questionVector = (await embeddings.EmbedAsync([question], cancellationToken))[0];
            var entries = library.KnowledgeBase.Entries;
            var cosine = new double[entries.Count];
            for (var i = 0; i < entries.Count; i++)
            {
                cosine[i] = TensorPrimitives.CosineSimilarity(questionVector.Span, vectors[i].Span);
            }

            var position = entries.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var best = hits.Count > 0 ? hits.Max(h => h.Score) : 0;
            var lexical = hits.ToDictionary(h => h.Entry.Id, StringComparer.Ordinal);
            var candidates = hits
                .Concat(Enumerable.Range(0, entries.Count).OrderByDescending(i => cosine[i]).Take(SemanticCandidates)
                    .Where(i => !lexical.ContainsKey(entries[i].Id))
                    .Select(i => new FaqHit(entries[i], 0, 0, 0)))
                .ToList();
            return [.. candidates.OrderByDescending(h => (cosine[position[h.Entry.Id]] + (best > 0 ? h.Score / best : 0)) / 2)];
        }
        catch (LlmUnavailableException exception)
        {
            FaqLog.EmbeddingsUnavailable(logger, exception.Message);
            return hits;
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<ReadOnlyMemory<float>[]> EntryVectorsAsync(CancellationToken cancellationToken)
    {
        var key = $"{library.Version}:{embeddings.Model}";
        if (_entryVectors is { } loaded && loaded.Key == key)
        {
            return loaded.Vectors;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_entryVectors is { } again && again.Key == key)
            {
                return again.Vectors;
            }

            var texts = library.KnowledgeBase.Entries.Select(e => $"{e.Title}\n{e.Answer}").ToList();
            var vectors = (await embeddings.EmbedAsync(texts, cancellationToken)).ToArray();
            _entryVectors = (key, vectors);
            return vectors;
        }
        finally
        {
            _loading.Release();
        }
    }
}
