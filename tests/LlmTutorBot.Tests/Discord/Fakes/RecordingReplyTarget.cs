using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Turns;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>Records what a turn showed and delivered; can fail its progress edits.</summary>
internal sealed class RecordingReplyTarget : IDiscordReplyTarget
{
    private readonly Lock _lock = new();

    public List<string> Calls { get; } = [];

    public bool FailProgress { get; set; }

    public string? OpenedThreadId => null;

    public Task ShowProgressAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Calls.Add($"progress:{update.Markdown}");
        }

        return FailProgress ? Task.FromException(new HttpRequestException("Discord is down")) : Task.CompletedTask;
    }

    public Task DeliverAsync(Reply reply, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Calls.Add($"reply:{reply.Markdown}");
        }

        return Task.CompletedTask;
    }

    public Task DeliverPrivatelyAsync(Reply reply, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Calls.Add($"private:{reply.Markdown}");
        }

        return Task.CompletedTask;
    }
}
