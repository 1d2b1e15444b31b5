using System.Text;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.YouTube.Chunking;
using LlmTutorBot.YouTube.LlmJobs;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Summaries;

public sealed partial class LlmSummaryEngine
{
    // A partial preview is sent to the progress message at most once per this many new characters.
    private const int PreviewStep = 240;

    private async Task<VideoSummary> WholeAsync(Job job, CaptionChunk chunk, CancellationToken cancellationToken)
    {
        job.Chunks = 1;
        await job.Progress.ChunkAsync(1, 1, cancellationToken);
        var request = WholeRequest(job, Render(chunk.Lines));
        return await FinalAsync(job, request, cancellationToken);
    }

    private async Task<VideoSummary> MapReduceAsync(Job job, List<CaptionLine> lines, CancellationToken cancellationToken)
    {
        var budget = Budget(MapRequest(job, "", 1, 1), PartialOutputTokens);
        var chunks = CaptionChunker.Chunk(lines, CaptionChunker.Stamped, client.CountTokens, budget);
        job.Chunks = chunks.Count;
        var partials = new List<string>();
        foreach (var chunk in chunks)
        {
            await job.Progress.ChunkAsync(chunk.Index + 1, chunks.Count, cancellationToken);
            var response = await CallAsync(job, MapRequest(job, Render(chunk.Lines), chunk.Index + 1, chunks.Count), cancellationToken);
            var partial = SummaryLines.Parse(response.Text, job.Video.Transcript, job.Language);
            var end = chunk.Index + 1 < chunks.Count ? chunks[chunk.Index + 1].Start : job.Video.Transcript.Duration;
            partials.Add($"Part {chunk.Index + 1} ({TranscriptText.Clock(chunk.Start)}–{TranscriptText.Clock(end)}):\n{SummaryLines.Render(partial)}");
        }

        // Combine in rounds while the partials together exceed one call's budget.
        var reduceBudget = Budget(ReduceRequest(job, ""), FinalOutputTokens);
        while (partials.Sum(p => client.CountTokens(p) + 1) > reduceBudget && partials.Count > 1)
        {
            var groups = Groups(partials, reduceBudget);
            var combined = new List<string>();
            foreach (var group in groups)
            {
                var response = await CallAsync(job, ReduceRequest(job, string.Join('\n', group)) with { MaxOutputTokens = PartialOutputTokens * 2 }, cancellationToken);
                combined.Add(SummaryLines.Render(SummaryLines.Parse(response.Text, job.Video.Transcript, job.Language)));
            }

            partials = combined;
        }

        return await FinalAsync(job, ReduceRequest(job, string.Join('\n', partials)), cancellationToken);
    }

    // The last call streams: what the model has written so far goes to the progress message.
    private async Task<VideoSummary> FinalAsync(Job job, LlmRequest request, CancellationToken cancellationToken)
    {
        var shown = 0;
        var streaming = request with
        {
            OnPartial = async (text, ct) =>
            {
                if (text.Length - shown >= PreviewStep)
                {
                    shown = text.Length;
                    await job.Progress.PartialAsync(Preview(SummaryLines.Parse(text, job.Video.Transcript, job.Language)), ct);
                }
            },
        };
        var response = await CallAsync(job, streaming with { ResponseSchema = SummaryLines.Schema }, cancellationToken);
        var (summary, path) = SummaryLines.Read(response.Text, job.Video.Transcript, job.Language);
        return summary with { Path = path };
    }

    private async Task<LlmResponse> CallAsync(Job job, LlmRequest request, CancellationToken cancellationToken)
    {
        var response = await client.CompleteAsync(request with { BudgetScope = job.Progress.BudgetScope }, cancellationToken);
        job.Usage += response.Usage;
        return response;
    }

    private static LlmRequest WholeRequest(Job job, string transcript) =>
        VideoPrompt.Request("summary-whole", "summary.whole", FinalOutputTokens, Values(job, ("transcript", job.Fence.Wrap("TRANSCRIPT", null, transcript))));

    private static LlmRequest MapRequest(Job job, string transcript, int part, int parts) =>
        VideoPrompt.Request("summary-map", "summary.map", PartialOutputTokens, Values(
            job,
            ("transcript", job.Fence.Wrap("TRANSCRIPT", null, transcript)),
            ("part", part.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("parts", parts.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static LlmRequest ReduceRequest(Job job, string partials) =>
        VideoPrompt.Request("summary-reduce", "summary.reduce", FinalOutputTokens, Values(job, ("partials", job.Fence.Wrap("PARTIALS", null, partials))));

    private static Dictionary<string, string> Values(Job job, params (string Key, string Value)[] values)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nonce"] = job.Fence.Nonce,
            ["language"] = PromptLanguage.Name(job.Language),
            ["title"] = job.Fence.Neutralize(job.Video.Metadata.Title.Replace('"', '\'')),
        };
        foreach (var (key, value) in values)
        {
            all[key] = value;
        }

        return all;
    }

    private static string Render(IEnumerable<CaptionLine> lines) => string.Join('\n', lines.Select(CaptionChunker.Stamped));

    // Consecutive partials in groups that each fit the budget (at least two per group, so every round shrinks).
    private List<List<string>> Groups(List<string> partials, int budget)
    {
        var groups = new List<List<string>>();
        var current = new List<string>();
        var tokens = 0;
        foreach (var partial in partials)
        {
            var cost = client.CountTokens(partial) + 1;
            if (current.Count >= 2 && tokens + cost > budget)
            {
                groups.Add(current);
                current = [];
                tokens = 0;
            }

            current.Add(partial);
            tokens += cost;
        }

        groups.Add(current);
        return groups;
    }

    private static string Preview(VideoSummary partial)
    {
        var builder = new StringBuilder();
        if (partial.Tldr.Length > 0)
        {
            builder.Append(partial.Tldr).Append('\n');
        }

        foreach (var point in partial.Takeaways)
        {
            builder.Append("- ").Append(point.Emoji).Append(' ').Append(point.Text).Append('\n');
        }

        return builder.ToString().TrimEnd();
    }
}
