using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.Llm.Embeddings;

/// <summary>No embedding model configured: retrieval stays lexical.</summary>
public sealed class DisabledLlmEmbeddings : ILlmEmbeddings
{
    public bool IsEnabled => false;

    public string Model => "";

    public Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        throw new LlmUnavailableException("No embedding model is configured (Llm:EmbeddingModel is empty).");
}
