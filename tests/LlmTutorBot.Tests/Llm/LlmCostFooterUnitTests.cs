using LlmTutorBot.Core.Languages;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Tests.Llm;

/// <summary>The cost line under a result: calls, tokens, an estimate when prices are set, the model; "cached" for a cache hit.</summary>
public sealed class LlmCostFooterUnitTests
{
    private static readonly LlmProviderInfo Provider = new("OpenAI", "gpt-4o-mini", 128_000);

    [Fact]
    public void The_footer_adds_up_calls_and_tokens_with_an_estimate()
    {
        var usage = new LlmUsage(1, 10_000, 1_000) + new LlmUsage(2, 2_345, 234);

        var footer = LlmCostFooter.Format(usage, Provider, BotLanguage.En, new LlmPrices(0.15m, 0.60m));

        Assert.Equal("🧮 3 calls · 12,345 tokens in · 1,234 out · <$0.01 · gpt-4o-mini", footer);
    }

    [Fact]
    public void A_larger_cost_is_rounded_to_cents()
    {
        var footer = LlmCostFooter.Format(new LlmUsage(1, 1_000_000, 100_000), Provider, BotLanguage.En, new LlmPrices(2.50m, 10m));

        Assert.Equal("🧮 1 call · 1,000,000 tokens in · 100,000 out · ≈$3.50 · gpt-4o-mini", footer);
    }

    [Fact]
    public void Without_prices_there_is_no_estimate()
    {
        var footer = LlmCostFooter.Format(new LlmUsage(1, 500, 50), Provider, BotLanguage.En);

        Assert.Equal("🧮 1 call · 500 tokens in · 50 out · gpt-4o-mini", footer);
    }

    [Fact]
    public void A_cached_result_costs_zero_tokens()
    {
        Assert.Equal("🧮 0 tokens (cached) · gpt-4o-mini", LlmCostFooter.Format(LlmUsage.None, Provider, BotLanguage.En, cached: true));
        Assert.Equal("🧮 0 jeton (réponse en cache) · gpt-4o-mini", LlmCostFooter.Format(LlmUsage.None, Provider, BotLanguage.Fr, cached: true));
    }

    [Fact]
    public void The_footer_is_localized()
    {
        var usage = new LlmUsage(2, 12_345, 1_234);

        var french = LlmCostFooter.Format(usage, Provider, BotLanguage.Fr, new LlmPrices(2.50m, 10m));
        var chinese = LlmCostFooter.Format(usage, Provider, BotLanguage.Zh);

        Assert.Equal("🧮 2 appels · 12\u202f345 jetons en entrée · 1\u202f234 en sortie · ≈0,04 $ · gpt-4o-mini", french);
        Assert.Equal("🧮 2 次调用 · 输入 12,345 个 token · 输出 1,234 个 · gpt-4o-mini", chinese);
    }
}
