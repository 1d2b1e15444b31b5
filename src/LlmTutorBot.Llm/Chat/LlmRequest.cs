using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Llm.Chat;

/// <summary>
/// A rendered prompt: the system instructions, and the user part in which outside text (transcripts, knowledge-base
/// passages) sits between delimiters as data.
/// </summary>
/// <param name="Operation">What the call is for ("faq.answer", "summary.map"), for logs, metrics and costs.</param>
/// <param name="System">The instructions.</param>
/// <param name="User">The request, outside text delimited as data.</param>
/// <param name="MaxOutputTokens">The most tokens the answer may take.</param>
/// <param name="OnPartial">Receives the text so far while the answer streams; null for a call that does not stream.</param>
public sealed record LlmRequest(
    string Operation,
    string System,
    string User,
    int MaxOutputTokens,
    Func<string, CancellationToken, ValueTask>? OnPartial = null)
{
    /// <summary>Who the tokens are charged to, for the daily budget (a user, guild or tenant key); null for no one.</summary>
    public LlmBudgetScope? BudgetScope { get; init; }

    public float Temperature { get; init; } = 0.2f;

    /// <summary>The JSON schema the answer must follow, sent as the provider's structured-output format; null for free text.</summary>
    public LlmResponseSchema? ResponseSchema { get; init; }
}
