using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.Jobs;

/// <summary>
/// A long turn waiting in the shared queue: its id, the message as the adapter converted it, and the adapter's
/// reply route as JSON (what the platform needs to deliver from any replica: Teams' service URL and conversation,
/// Discord's channel or interaction token). Only the adapter that wrote <see cref="Route"/> reads it.
/// </summary>
public sealed record QueuedJob(string Id, InboundMessage Message, string Route)
{
    public ChatPlatform Platform => Message.Platform;

    /// <summary>What the job does, for metrics: the command's name, or "message" for a posted link or file.</summary>
    /// <remarks>Only selected jobs are queued (valid /summarize, /translate, links), so the tag's values stay few.</remarks>
    public string Kind => Message.Command?.Name ?? TypedCommand(Message.Text) ?? "message";

    private static string? TypedCommand(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/'))
        {
            return null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var name = (end < 0 ? trimmed[1..] : trimmed[1..end]).ToLowerInvariant();
        return name.Length > 0 && name.All(char.IsAsciiLetter) ? name : null;
    }
}
