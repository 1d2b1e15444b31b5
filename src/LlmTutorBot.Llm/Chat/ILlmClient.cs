namespace LlmTutorBot.Llm.Chat;

/// <summary>
/// One chat-completion call to the configured provider, with retries, token accounting and the operator's budgets.
/// Features ask <see cref="IsEnabled"/> first and fall back to their embedded engine when it is false or a call fails.
/// </summary>
public interface ILlmClient
{
    /// <summary>False when <c>Llm:Provider</c> is <c>None</c>: every skill uses its embedded engine.</summary>
    bool IsEnabled { get; }

    /// <summary>The provider and model, for the start-up log, <c>/help</c> and result footers.</summary>
    LlmProviderInfo Provider { get; }

    /// <summary>Counts tokens the way the configured model does, for chunking under <see cref="LlmProviderInfo.ContextTokens"/>.</summary>
    int CountTokens(string text);

    /// <summary>
    /// Runs one completion. Throws <see cref="LlmUnavailableException"/> when the provider cannot answer (down, retries
    /// exhausted, timed out, budget spent), so the caller can give the embedded engine's result with a note.
    /// </summary>
    Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);
}
