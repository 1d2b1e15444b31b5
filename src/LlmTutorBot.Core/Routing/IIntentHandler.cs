using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Core.Routing;

/// <summary>
/// One intent: a selector (<see cref="CanHandle"/>), a rank, a bid and a handler. The router goes through the rank
/// bands in order (lower first); in the first band where some handler accepts the turn, the highest bid wins.
/// </summary>
public interface IIntentHandler
{
    /// <summary>A short stable name ("help", "faq", "summarize"), reported in logs, metrics and the CLI's JSON.</summary>
    string Intent { get; }

    /// <summary>Lower ranks are asked first; see <see cref="RouteRank"/>.</summary>
    int Rank { get; }

    bool CanHandle(TurnContext turn);

    /// <summary>
    /// How well this handler would answer a turn it accepts (0 to 1, see <see cref="RouteBid"/>); asked only when
    /// another handler of the same band accepts the turn too.
    /// </summary>
    double Bid(TurnContext turn) => RouteBid.Default;

    Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
