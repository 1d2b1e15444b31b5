using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Core.Handlers;

/// <summary>/reset: forgets this conversation (language, video, turns); the sender's own preference stays.</summary>
public sealed class ResetHandler : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "reset",
        BotText.ResetDescription);

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        turn.Changes.Forget();
        return Task.FromResult(Reply.Text(BotText.ResetDone[turn.ReplyLanguage]));
    }
}
