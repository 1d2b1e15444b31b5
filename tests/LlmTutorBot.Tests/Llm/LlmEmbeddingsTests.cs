using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Embeddings;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Embeddings through Semantic Kernel when Llm:EmbeddingModel is set; disabled otherwise.</summary>
public sealed class LlmEmbeddingsTests
{
    [Fact]
    public async Task Texts_are_embedded_with_the_configured_model_in_order()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var services = LlmServices.Build(LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:EmbeddingModel"] = "text-embedding-3-small" }));
        var embeddings = services.GetRequiredService<ILlmEmbeddings>();

        var vectors = await embeddings.EmbedAsync(["abc", "zzz"], TestContext.Current.CancellationToken);

        var request = Assert.Single(server.EmbeddingRequests);
        Assert.Equal("text-embedding-3-small", request.Model);
        Assert.Equal(["abc", "zzz"], request.Inputs);
        Assert.True(embeddings.IsEnabled);
        Assert.Equal(2, vectors.Count);
        Assert.Equal(1f, vectors[0].Span[0]);
        Assert.Equal(3f, vectors[1].Span[25]);
    }

    [Fact]
    public async Task Without_an_embedding_model_embeddings_are_disabled()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var services = LlmServices.Build(LlmServices.Settings(server));
        var embeddings = services.GetRequiredService<ILlmEmbeddings>();

        Assert.False(embeddings.IsEnabled);
        await Assert.ThrowsAsync<LlmUnavailableException>(() => embeddings.EmbedAsync(["abc"], TestContext.Current.CancellationToken));
    }
}
