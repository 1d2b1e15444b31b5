namespace LlmTutorBot.Llm.Chat;

/// <summary>The provider gave no answer (down, retries exhausted, timed out, budget spent): use the embedded engine.</summary>
public sealed class LlmUnavailableException : Exception
{
    public LlmUnavailableException()
    {
    }

    public LlmUnavailableException(string message) : base(message)
    {
    }

    public LlmUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>True when the operator's token budget, not the provider, refused the call.</summary>
    public bool BudgetExceeded { get; init; }
}
