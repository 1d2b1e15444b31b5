using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>
/// Where an engine reports a long job: "chunk n of m", and the text of a streaming answer so far. The handlers bind
/// it to the turn's progress message (whose edits the adapters rate-limit), and name who the job's tokens are
/// charged to.
/// </summary>
public sealed class VideoJobProgress(
    Func<int, int, CancellationToken, ValueTask> chunk,
    Func<string, CancellationToken, ValueTask> partial)
{
    public static VideoJobProgress None { get; } = new((_, _, _) => ValueTask.CompletedTask, (_, _) => ValueTask.CompletedTask);

    /// <summary>The user (and guild or tenant) whose daily LLM budget pays for the job's calls; null for no one.</summary>
    public LlmBudgetScope? BudgetScope { get; init; }

    /// <summary>Chunk <paramref name="n"/> (from 1) of <paramref name="total"/> is being read.</summary>
    public ValueTask ChunkAsync(int n, int total, CancellationToken cancellationToken) => chunk(n, total, cancellationToken);

    /// <summary>The answer so far, as the user may read it (Markdown).</summary>
    public ValueTask PartialAsync(string markdown, CancellationToken cancellationToken) => partial(markdown, cancellationToken);
}
