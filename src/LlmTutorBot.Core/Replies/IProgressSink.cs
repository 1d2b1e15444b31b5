namespace LlmTutorBot.Core.Replies;

/// <summary>Where a handler reports progress; each adapter implements it for its platform.</summary>
public interface IProgressSink
{
    ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken);
}
