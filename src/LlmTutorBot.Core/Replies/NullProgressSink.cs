namespace LlmTutorBot.Core.Replies;

/// <summary>For callers that show no progress (one-shot CLI, tests).</summary>
public sealed class NullProgressSink : IProgressSink
{
    public static NullProgressSink Instance { get; } = new();

    private NullProgressSink()
    {
    }

    public ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
