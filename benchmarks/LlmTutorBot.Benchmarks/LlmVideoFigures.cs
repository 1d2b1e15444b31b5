using System.Globalization;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Llm.Tokens;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.Tests.Fakes;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using LlmTutorBot.YouTube.Translations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Benchmarks;

/// <summary>
/// "llm": what the LLM video jobs send, per job: calls, transcript tokens, input tokens sent, output tokens, input
/// tokens per transcript token (aim: at most 1.2 for a summary, 1.3 for a translation), and the same job repeated
/// (0: from the cache). The model is an in-process fake that answers in each prompt's shape; tokens are counted
/// with the real tokenizer (o200k_base, as for gpt-4o-mini).
/// </summary>
internal static class LlmVideoFigures
{
    public static async Task RunAsync(string model, int contextTokens)
    {
        var tokenizer = new LlmTokenizer(model);
        var seed = new BundledVideos().FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;
        var long3h = ThreeHours();
        Console.WriteLine($"Model {model} (its tokenizer), context {contextTokens:N0} tokens; defaults of YouTube:Llm*.");

        // The client caps every answer at Llm:MaxOutputTokens, which bounds a translation chunk: its default, and gpt-4o-mini's most.
        foreach (var maxOutput in new[] { new LlmOptions().MaxOutputTokens, 16_384 })
        {
            var llm = new ScriptedLlmClient { Provider = new LlmProviderInfo("fake", model, contextTokens), Counter = tokenizer.CountTokens };
            await using var harness = new PipelineHarness(s =>
            {
                s.AddYouTube();
                s.AddSingleton<ILlmClient>(llm);
                s.AddSingleton(Options.Create(new LlmOptions { MaxOutputTokens = maxOutput }));
            });
            var summaries = harness.Services.GetRequiredService<ISummaryEngine>();
            var translations = harness.Services.GetRequiredService<ITranslationEngine>();
            Console.WriteLine();
            Console.WriteLine($"Llm:MaxOutputTokens = {maxOutput:N0}; {harness.Server}");
            Console.WriteLine($"{"job",-44} {"calls",5} {"transcript",10} {"input",9} {"output",8} {"in/transcript",13} {"repeat",7}");
            foreach (var (name, video) in new[] { ("seed video (osKyvYJ3PRM)", seed), ("generated 3-hour transcript", long3h) })
            {
                var transcriptTokens = tokenizer.CountTokens(video.Transcript.FullText);
                await JobAsync(llm, $"summary, {name}", transcriptTokens, () => summaries.SummarizeAsync(video, "en", VideoJobProgress.None, CancellationToken.None));
                await JobAsync(llm, $"translation fr, {name}", transcriptTokens, () => translations.TranslateAsync(video, "fr", VideoJobProgress.None, CancellationToken.None));
            }
        }
    }

    private static async Task JobAsync<T>(ScriptedLlmClient llm, string label, int transcriptTokens, Func<Task<T>> job)
    {
        var before = llm.Spent;
        await job();
        var cost = Minus(llm.Spent, before);
        var afterFirst = llm.Spent;
        await job();
        var repeat = Minus(llm.Spent, afterFirst);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-44} {cost.Calls,5} {transcriptTokens,10:N0} {cost.InputTokens,9:N0} {cost.OutputTokens,8:N0} {(double)cost.InputTokens / transcriptTokens,13:F3} {repeat.TotalTokens,7:N0}"));
    }

    private static LlmUsage Minus(LlmUsage after, LlmUsage before) =>
        new(after.Calls - before.Calls, after.InputTokens - before.InputTokens, after.OutputTokens - before.OutputTokens);

    private static VideoTranscript ThreeHours()
    {
        var segments = LongTranscript.Captions()
            .Select(c => new TranscriptSegment(TimeSpan.FromMilliseconds(c.StartMs), TimeSpan.FromMilliseconds(c.DurationMs), string.Join(' ', c.Words)))
            .ToList();
        var transcript = new Transcript { Language = "en", Source = TranscriptSource.AutoCaptions, Segments = segments };
        return new VideoTranscript(new VideoMetadata(VideoId.Parse("threehours1"), "Three hours of lecture", null, LongTranscript.Length), transcript);
    }
}
