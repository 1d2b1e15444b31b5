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
}
