namespace LlmTutorBot.Llm.Embeddings;

/// <summary>
/// Text embeddings from <c>Llm:EmbeddingModel</c>, for semantic retrieval. Disabled when no embedding model is set;
/// throws <see cref="Chat.LlmUnavailableException"/> when the provider cannot answer.
/// </summary>
public interface ILlmEmbeddings
{
    bool IsEnabled { get; }

    /// <summary>The embedding model, part of every cache key of vectors.</summary>
    string Model { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
