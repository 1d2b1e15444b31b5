using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>A handler with a fixed intent, rank and bid that accepts the turns its predicate accepts, and notes when it is asked.</summary>
internal sealed class StubHandler(string intent, int rank, Func<TurnContext, bool>? accepts = null, List<string>? asked = null, double bid = RouteBid.Default)
    : IIntentHandler
{
    public double Bid(TurnContext turn) => bid;

    public string Intent => intent;

    public int Rank => rank;

    public bool CanHandle(TurnContext turn)
    {
        asked?.Add(intent);
        return accepts?.Invoke(turn) ?? false;
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Text($"{intent} answered"));
}
