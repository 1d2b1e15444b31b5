using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.State;

namespace LlmTutorBot.Core.Routing;

/// <summary>One message being handled: the message, what is remembered, what the turn changes, and how to report progress.</summary>
public sealed class TurnContext
{
    public TurnContext(
        InboundMessage message,
        ConversationState state,
        BotLanguage replyLanguage,
        IProgressSink? progress = null,
        InputProblem? problem = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        State = state ?? throw new ArgumentNullException(nameof(state));
        ReplyLanguage = replyLanguage;
        Progress = progress ?? NullProgressSink.Instance;
        Problem = problem;
    }

    public InboundMessage Message { get; }

    public ParsedCommand? Command => Message.Command;

    public ConversationState State { get; }

    public StateChanges Changes { get; } = new();

    /// <summary>The language to answer in; a handler may change it (as /lang does).</summary>
    public BotLanguage ReplyLanguage { get; set; }

    public IProgressSink Progress { get; }

    public InputProblem? Problem { get; }
}
