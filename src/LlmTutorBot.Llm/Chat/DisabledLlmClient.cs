using LlmTutorBot.Llm.Tokens;

namespace LlmTutorBot.Llm.Chat;

/// <summary>The client when <c>Llm:Provider</c> is None: disabled, so every skill uses its embedded engine.</summary>
public sealed class DisabledLlmClient : ILlmClient
{
    private readonly Lazy<LlmTokenizer> _tokenizer = new(() => new LlmTokenizer(null));

    public bool IsEnabled => false;

    public LlmProviderInfo Provider { get; } = new("None", "", 0);

    public int CountTokens(string text) => _tokenizer.Value.CountTokens(text);

    public Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken) =>
        throw new LlmUnavailableException("No LLM is configured (Llm:Provider is None).");
}
