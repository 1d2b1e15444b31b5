namespace LlmTutorBot.Llm.Usage;

/// <summary>What the operator pays per million tokens (US dollars); zero for a price not configured.</summary>
public sealed record LlmPrices(decimal InputPerMillion, decimal OutputPerMillion)
{
    public static LlmPrices None { get; } = new(0, 0);

    public bool IsKnown => InputPerMillion > 0 || OutputPerMillion > 0;

    public decimal Estimate(LlmUsage usage) =>
        ((usage.InputTokens * InputPerMillion) + (usage.OutputTokens * OutputPerMillion)) / 1_000_000m;
}
