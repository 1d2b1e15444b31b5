using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Core.Routing;

/// <summary>
/// One intent: a selector (<see cref="CanHandle"/>), a rank and a handler. The router asks handlers in rank
/// order (lower first) and the first that accepts the turn answers it.
/// </summary>
public interface IIntentHandler
{
    /// <summary>A short stable name ("help", "faq", "summarize"), reported in logs, metrics and the CLI's JSON.</summary>
    string Intent { get; }

    /// <summary>Lower ranks are asked first; see <see cref="RouteRank"/>.</summary>
    int Rank { get; }

    bool CanHandle(TurnContext turn);

    Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
