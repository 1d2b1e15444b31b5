using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.State;

/// <summary>
/// Conversation and user state. One load and one save per handled message. When the store cannot be reached,
/// <see cref="LoadAsync"/> returns <see cref="ConversationState.Unavailable"/> and <see cref="SaveAsync"/> returns
/// false: the bot keeps answering without memory.
/// </summary>
public interface IConversationStore
{
    Task<ConversationState> LoadAsync(ConversationAddress conversation, ChatUser user, CancellationToken cancellationToken);

    Task<bool> SaveAsync(ConversationAddress conversation, ChatUser user, ConversationUpdate update, CancellationToken cancellationToken);
}
