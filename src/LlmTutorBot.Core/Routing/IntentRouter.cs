namespace LlmTutorBot.Core.Routing;

/// <summary>The route table: every registered handler in rank order.</summary>
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

    public IIntentHandler Route(TurnContext turn) => Handlers.First(h => h.CanHandle(turn));
}
