using System.Diagnostics;
using System.Globalization;
using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Evaluation;
using LlmTutorBot.Faq.Knowledge;
using LlmTutorBot.Faq.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// FAQ answer latency with no LLM, p50 and p99, over every question of the evaluation set: retrieval and decision
/// alone, and the whole turn through the pipeline with state in Redis. Also the knowledge base's load and index time.
/// </summary>
internal static class FaqLatency
{
    public static async Task RunAsync(int rounds)
    {
        var cold = Stopwatch.StartNew();
        var knowledgeBase = KnowledgeBaseLoader.Load(null);
        using (new FaqIndex(knowledgeBase))
        {
            cold.Stop();
        }

        var warm = Stopwatch.StartNew();
        using (new FaqIndex(KnowledgeBaseLoader.Load(null)))
        {
            warm.Stop();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Knowledge base: {knowledgeBase.Entries.Count} entries, load and index {cold.Elapsed.TotalMilliseconds:F0} ms cold (first in the process), {warm.Elapsed.TotalMilliseconds:F1} ms warm"));

        var questions = FaqEvaluation.LoadCases().Select(c => c.Question).ToList();
        await using var harness = new PipelineHarness(s => s.AddFaq());
        var library = harness.Services.GetRequiredService<FaqLibrary>();
        Report("retrieval and decision", questions, rounds, q =>
        {
            library.Decide(q);
            return Task.CompletedTask;
        });

        var conversation = 0;
        Report("whole turn with Redis state", questions, rounds, q => harness.Processor.ProcessAsync(PipelineHarness.Message(conversation++ % 500, q)));
    }

    private static void Report(string label, List<string> questions, int rounds, Func<string, Task> answer)
    {
        foreach (var question in questions)
        {
            answer(question).GetAwaiter().GetResult();
        }

        var samples = new List<double>(questions.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answer(question).GetAwaiter().GetResult();
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        samples.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-28} {samples.Count,6} answers  p50 {Percentile(samples, 0.50):F3} ms  p99 {Percentile(samples, 0.99):F3} ms  max {samples[^1]:F3} ms"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
