namespace LlmTutorBot.Llm.Usage;

/// <summary>What a job cost: calls and tokens, added up over its calls. A cached result costs <see cref="None"/>.</summary>
public readonly record struct LlmUsage(int Calls, long InputTokens, long OutputTokens)
{
    public static LlmUsage None => default;

    public long TotalTokens => InputTokens + OutputTokens;

    public static LlmUsage operator +(LlmUsage left, LlmUsage right) =>
        new(left.Calls + right.Calls, left.InputTokens + right.InputTokens, left.OutputTokens + right.OutputTokens);

    public LlmUsage Add(LlmUsage other) => this + other;
}
