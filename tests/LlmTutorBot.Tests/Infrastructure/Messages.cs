using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>Inbound messages for tests: one conversation and one user per test unless told otherwise.</summary>
internal static class Messages
{
    public static ConversationAddress NewConversation(ChatPlatform platform = ChatPlatform.Cli, string? thread = null) =>
        new(platform, $"conv-{Guid.NewGuid():N}", thread);

    public static ChatUser NewUser() => new($"user-{Guid.NewGuid():N}", "Test User");

    public static InboundMessage Text(ConversationAddress conversation, ChatUser user, string text, string? locale = null) => new()
    {
        Conversation = conversation,
        User = user,
        Text = text,
        Locale = locale,
    };
}
