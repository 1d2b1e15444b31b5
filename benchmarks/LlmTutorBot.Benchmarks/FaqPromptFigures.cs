using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Evaluation;
using LlmTutorBot.Faq.Grounding;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Faq.Retrieval;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.Llm.Tokens;
using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// What grounded FAQ answers would cost, with no model called: for every question of the evaluation set, whether it
/// goes to the model and how many input tokens its rendered prompt takes (o200k_base), plus tokenizer throughput.
/// </summary>
internal static class FaqPromptFigures
{
    // An assumed answer length and gpt-4o-mini's list prices, only for the printed estimate.
    private const int AssumedOutputTokens = 150;
    private static readonly LlmPrices Prices = new(0.15m, 0.60m);

    public static void Run()
    {
        var options = new FaqOptions();
        var knowledgeBase = KnowledgeBaseLoader.Load(null);
        using var index = new FaqIndex(knowledgeBase);
        var counter = new DisabledLlmClient();
        var cases = FaqEvaluation.LoadCases();
        var inputs = new List<int>();
        var passages = new List<int>();
        var skipped = 0;
        foreach (var evaluationCase in cases)
        {
            var decision = FaqDecision.From(index.Search(evaluationCase.Question), options);
            if (FaqGroundedAnswerer.ClearlyOutOfScope(decision, options))
            {
                skipped++;
                continue;
            }

            var sent = FaqGroundedPrompt.Passages(decision.Hits, options.LlmPassages, options.LlmPassageTokens, counter);
            var prompt = FaqGroundedPrompt.Render(sent, evaluationCase.Question, Core.Languages.BotLanguage.En, DataFence.Create());
            inputs.Add(counter.CountTokens(prompt.System) + counter.CountTokens(prompt.User) + 8);
            passages.Add(sent.Count);
        }

        inputs.Sort();
        var tokenizer = new LlmTokenizer("gpt-4o-mini");
        var corpus = string.Join("\n", knowledgeBase.Entries.Select(e => e.Answer));
        tokenizer.CountTokens(corpus);
        var watch = Stopwatch.StartNew();
        var tokens = 0L;
        for (var i = 0; i < 20; i++)
        {
            tokens += tokenizer.CountTokens(corpus);
        }

        watch.Stop();
        var perThousand = Prices.Estimate(new LlmUsage(1000, (long)inputs.Average() * 1000, AssumedOutputTokens * 1000L));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            FAQ grounded prompts over the evaluation set ({cases.Count} questions, defaults: {options.LlmPassages} passages, {options.LlmPassageTokens} tokens)
              sent to the model      {inputs.Count}   (never sent, far out of scope: {skipped})
              passages per prompt    mean {passages.Average():F1}
              input tokens           mean {inputs.Average():F0}, p50 {inputs[inputs.Count / 2]}, p95 {inputs[(int)(inputs.Count * 0.95)]}, max {inputs[^1]}
              ≈ cost per 1,000 questions at $0.15/$0.60 per M tokens, {AssumedOutputTokens} tokens out: ${perThousand:F2}
            Tokenizer (o200k_base): {tokens / watch.Elapsed.TotalSeconds / 1e6:F2} M tokens/s over the knowledge base's answers ({corpus.Length:N0} chars)
            """));
    }
}
