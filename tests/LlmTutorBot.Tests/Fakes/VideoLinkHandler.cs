using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>A content handler that takes a bare link and makes it the conversation's video, as the video features do.</summary>
internal sealed class VideoLinkHandler : IIntentHandler
{
    public string Intent => "video";

    public int Rank => RouteRank.Content;

    public bool CanHandle(TurnContext turn) => turn.Message.Text.StartsWith("https://", StringComparison.Ordinal);

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Changes.SetCurrentVideo(turn.Message.Text);
        return Task.FromResult(Reply.Text("Watching it."));
    }
}
