using System.Globalization;
using LlmTutorBot.Faq;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Evaluation;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Cli;

/// <summary>"faq unanswered": what the FAQ could not answer, newest first; "faq eval": the evaluation's figures.</summary>
internal sealed class FaqTool : ICliTool
{
    public string Verb => "faq";

    public string Usage => """
          LlmTutorBot faq unanswered [--count N]      the questions the FAQ declined or was unsure about, newest first
          LlmTutorBot faq eval [--verbose]            top-1 accuracy and out-of-scope abstention on the evaluation set
        """;

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case ["unanswered", ..]:
                var count = args is [_, "--count", var n] && int.TryParse(n, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 50;
                return await UnansweredAsync(services, count, output);
            case ["eval", ..]:
                return Evaluate(services, args.Contains("--verbose"), output);
            default:
                await error.WriteLineAsync($"Usage:\n{Usage}");
                return 2;
        }
    }

    private static async Task<int> UnansweredAsync(IServiceProvider services, int count, TextWriter output)
    {
        var database = await services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        var key = services.GetRequiredService<RedisKeys>().Log(FaqResponder.UnansweredLog);
        var lines = await database.ListRangeAsync(key, -count, -1);
        foreach (var line in lines.Reverse())
        {
            await output.WriteLineAsync(line.ToString());
        }

        return 0;
    }

    private static int Evaluate(IServiceProvider services, bool verbose, TextWriter output)
    {
        var library = services.GetRequiredService<FaqLibrary>();
        var report = FaqEvaluation.Run(library.Index, services.GetRequiredService<IOptions<FaqOptions>>().Value, FaqEvaluation.LoadCases());
        foreach (var language in new string?[] { null, "fr", "en", "zh" })
        {
            output.WriteLine(report.Summary(language));
        }

        if (verbose)
        {
            foreach (var outcome in report.Outcomes.Where(o => o.Case.InScope ? !o.TopIsExpected || o.Verdict != FaqVerdict.Answer : o.Verdict != FaqVerdict.OutOfScope))
            {
                output.WriteLine($"{outcome.Verdict,-11} {outcome.Case.Question} -> {outcome.TopEntryId ?? "-"} (expected {string.Join(", ", outcome.Case.Expected ?? ["none"])})");
            }
        }

        return 0;
    }
}
