namespace LlmTutorBot.Core.Routing;

/// <summary>
/// The route table: every registered handler in rank order. A turn goes to the first rank band where a handler
/// accepts it; when several of that band accept it, to the highest <see cref="IIntentHandler.Bid"/> (equal bids in
/// intent-name order), so what a message is decides, never the order features were registered in.
/// </summary>
public sealed class IntentRouter
{
    public IntentRouter(IEnumerable<IIntentHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        Handlers = [.. handlers.OrderBy(h => h.Rank).ThenBy(h => h.Intent, StringComparer.Ordinal)];
        var duplicate = Handlers.GroupBy(h => h.Intent, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two handlers claim the intent '{duplicate.Key}'.", nameof(handlers));
        }

        if (Handlers.Count == 0 || Handlers[^1].Rank != RouteRank.Fallback)
        {
            throw new ArgumentException("The route table needs a fallback handler, so every message gets an answer.", nameof(handlers));
        }
    }

    public IReadOnlyList<IIntentHandler> Handlers { get; }

    public IIntentHandler Route(TurnContext turn)
    {
        for (var i = 0; i < Handlers.Count; i++)
        {
            var handler = Handlers[i];
            if (!handler.CanHandle(turn))
            {
                continue;
            }

            // The others of this band that accept the turn bid against it.
            IIntentHandler best = handler;
            double? bestBid = null;
            for (var j = i + 1; j < Handlers.Count && Handlers[j].Rank == handler.Rank; j++)
            {
                var rival = Handlers[j];
                if (!rival.CanHandle(turn))
                {
                    continue;
                }

                bestBid ??= best.Bid(turn);
                var bid = rival.Bid(turn);
                if (bid > bestBid)
                {
                    best = rival;
                    bestBid = bid;
                }
            }

            return best;
        }

        // The fallback accepts everything; this is only reached by a table built around that rule.
        return Handlers[^1];
    }
}
