namespace LlmTutorBot.Tests.Fakes;

/// <summary>One embeddings request: the model and its inputs.</summary>
internal sealed record FakeEmbeddingRequest(string Model, IReadOnlyList<string> Inputs);
