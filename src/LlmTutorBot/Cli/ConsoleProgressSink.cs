using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Cli;

/// <summary>Shows progress on standard error, where it does not mix with the answers on standard output.</summary>
internal sealed class ConsoleProgressSink(TextWriter writer) : IProgressSink
{
    public async ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var step = update is { Step: { } current, TotalSteps: { } total } ? $" ({current}/{total})" : "";
        await writer.WriteLineAsync($"… {update.Markdown}{step}");
        await writer.FlushAsync(cancellationToken);
    }
}
