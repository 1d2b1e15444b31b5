using System.Globalization;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.Llm.Usage;

/// <summary>
/// The line a feature puts under a result that a model wrote: "🧮 3 calls · 12,345 tokens in · 1,234 out · ≈$0.01 ·
/// gpt-4o-mini", or "🧮 0 tokens (cached) · gpt-4o-mini" when the result came from the cache.
/// </summary>
public static class LlmCostFooter
{
    private static readonly LocalizedText Calls = new(typeof(LlmCostFooter), nameof(Calls));
    private static readonly LocalizedText OneCall = new(typeof(LlmCostFooter), nameof(OneCall));
    private static readonly LocalizedText TokensIn = new(typeof(LlmCostFooter), nameof(TokensIn));
    private static readonly LocalizedText TokensOut = new(typeof(LlmCostFooter), nameof(TokensOut));
    private static readonly LocalizedText Cached = new(typeof(LlmCostFooter), nameof(Cached));

    public static string Format(LlmUsage usage, LlmProviderInfo provider, BotLanguage language, LlmPrices? prices = null, bool cached = false)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var culture = Culture(language);
        var parts = new List<string>();
        if (cached || usage.Calls == 0)
        {
            parts.Add(Cached[language]);
        }
        else
        {
            parts.Add(usage.Calls == 1 ? OneCall[language] : string.Format(culture, Calls[language], usage.Calls));
            parts.Add(string.Format(culture, TokensIn[language], usage.InputTokens.ToString("N0", culture)));
            parts.Add(string.Format(culture, TokensOut[language], usage.OutputTokens.ToString("N0", culture)));
            if (prices is { IsKnown: true })
            {
                parts.Add(Cost(prices.Estimate(usage), language, culture));
            }
        }

        if (!string.IsNullOrWhiteSpace(provider.Model))
        {
            parts.Add(provider.Model);
        }

        return "🧮 " + string.Join(" · ", parts);
    }

    private static string Cost(decimal dollars, BotLanguage language, CultureInfo culture)
    {
        var amount = dollars < 0.01m ? "0.01" : Math.Round(dollars, 2).ToString("N2", CultureInfo.InvariantCulture);
        var shown = decimal.Parse(amount, CultureInfo.InvariantCulture).ToString("N2", culture);
        var sign = dollars < 0.01m ? "<" : "≈";
        return language == BotLanguage.Fr ? $"{sign}{shown} $" : $"{sign}${shown}";
    }

    private static CultureInfo Culture(BotLanguage language) => language switch
    {
        BotLanguage.Fr => CultureInfo.GetCultureInfo("fr-FR"),
        BotLanguage.Zh => CultureInfo.GetCultureInfo("zh-CN"),
        _ => CultureInfo.GetCultureInfo("en-US"),
    };
}
