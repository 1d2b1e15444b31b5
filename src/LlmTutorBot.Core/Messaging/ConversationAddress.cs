namespace LlmTutorBot.Core.Messaging;

/// <summary>
/// Identifies one conversation: a DM, a channel, or a thread inside a channel.
/// A thread is a conversation of its own (its own video, turns and language).
/// </summary>
public sealed record ConversationAddress(ChatPlatform Platform, string ConversationId, string? ThreadId = null)
{
    public string ConversationId { get; } = !string.IsNullOrWhiteSpace(ConversationId)
        ? ConversationId
        : throw new ArgumentException("A conversation needs an id.", nameof(ConversationId));
}
