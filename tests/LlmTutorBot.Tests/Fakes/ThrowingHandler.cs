using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>A content handler that takes "boom", changes every field it can, then fails.</summary>
internal sealed class ThrowingHandler : IIntentHandler
{
    public const string Trigger = "boom";

    public string Intent => "boom";

    public int Rank => RouteRank.Content;

    public bool CanHandle(TurnContext turn) => turn.Message.Text == Trigger;

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Changes.SetUserLanguage(BotLanguage.Zh);
        turn.Changes.SetConversationLanguage(BotLanguage.Zh);
        turn.Changes.SetCurrentVideo("https://youtu.be/boom");
        throw new InvalidOperationException("The handler failed halfway (secret-token-123).");
    }
}
