using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Core.Routing;

/// <summary>The base of handlers that answer one valid slash command of the catalog.</summary>
public abstract class CommandHandler : IIntentHandler
{
    public abstract CommandDefinition Command { get; }

    public virtual string Intent => Command.Name;

    public int Rank => RouteRank.Command;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is { IsValid: true } command && command.Name == Command.Name;
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return HandleAsync(turn, turn.Command!, cancellationToken);
    }

    protected abstract Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken);
}
