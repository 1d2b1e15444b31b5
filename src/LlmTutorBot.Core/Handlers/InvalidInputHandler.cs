using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Core.Handlers;

/// <summary>Empty and over-long messages: explains the problem and leaves the stored state untouched.</summary>
public sealed class InvalidInputHandler : IIntentHandler
{
    public string Intent => Intents.InvalidInput;

    public int Rank => RouteRank.InputGuard;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Problem is not null;
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Changes.LeaveOutOfHistory();
        var problem = turn.Problem!;
        var text = problem.Kind == InputProblemKind.TooLong
            ? BotText.MessageTooLong.Format(turn.ReplyLanguage, problem.Length, problem.Limit)
            : BotText.EmptyMessage[turn.ReplyLanguage];
        return Task.FromResult(Reply.Text(text) with { Confident = false });
    }
}
