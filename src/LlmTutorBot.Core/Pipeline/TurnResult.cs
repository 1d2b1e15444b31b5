using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.State;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>The outcome of one message: the reply, the intent that produced it and the language it is in.</summary>
public sealed record TurnResult(Reply Reply, string Intent, BotLanguage Language)
{
    /// <summary>
    /// What the turn wrote to its conversation, if anything. An adapter that moved the reply into a new thread
    /// (a conversation of its own) writes the same fields there, so follow-ups in the thread see them.
    /// </summary>
    public ConversationUpdate? Update { get; init; }
}
