using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.State;

/// <summary>
/// Conversation and user state. One load and one save per handled message. When the store cannot be reached,
/// a load returns <see cref="ConversationState.Unavailable"/> and <see cref="SaveAsync"/> returns
/// false: the bot keeps answering without memory.
/// </summary>
public interface IConversationStore
{
    Task<ConversationState> LoadAsync(ConversationAddress conversation, ChatUser user, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the state a message needs. A store that keeps quotas counts the message in the same round trip and sets
    /// <see cref="ConversationState.QuotaExceeded"/>; the default only loads.
    /// </summary>
    Task<ConversationState> LoadAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return LoadAsync(message.Conversation, message.User, cancellationToken);
    }

    Task<bool> SaveAsync(ConversationAddress conversation, ChatUser user, ConversationUpdate update, CancellationToken cancellationToken);
}
