using LlmTutorBot.Llm.Chat;
using Microsoft.Extensions.AI;

namespace LlmTutorBot.Llm.Embeddings;

/// <summary><see cref="ILlmEmbeddings"/> over the embedding generator Semantic Kernel builds for the provider.</summary>
public sealed class SemanticKernelLlmEmbeddings(IEmbeddingGenerator<string, Embedding<float>> generator, string model) : ILlmEmbeddings
{
    public bool IsEnabled => true;

    public string Model => model;

    public async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        try
        {
            var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
            return [.. embeddings.Select(e => e.Vector)];
        }
        catch (Exception exception) when (exception is not LlmUnavailableException && (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            throw new LlmUnavailableException($"The embedding model could not answer: {exception.GetType().Name}.", exception);
        }
    }
}
