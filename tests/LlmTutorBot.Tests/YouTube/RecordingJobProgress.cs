using LlmTutorBot.YouTube.LlmJobs;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Every chunk and streamed text an engine reported.</summary>
internal sealed class RecordingJobProgress
{
    public List<(int N, int Total)> Chunks { get; } = [];

    public List<string> Partials { get; } = [];

    public VideoJobProgress Bind() => new(
        (n, total, _) =>
        {
            lock (Chunks)
            {
                Chunks.Add((n, total));
            }

            return ValueTask.CompletedTask;
        },
        (markdown, _) =>
        {
            lock (Partials)
            {
                Partials.Add(markdown);
            }

            return ValueTask.CompletedTask;
        });
}
