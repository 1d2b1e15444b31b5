using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// A question in a conversation about a video (its CurrentVideo is set): answered from that video's transcript.
/// Ranks just before the FAQ, so questions in a video's thread are about the video.
/// </summary>
public sealed class VideoQuestionHandler(VideoReplies replies) : IIntentHandler
{
    public const int HandlerRank = RouteRank.Content - 10;

    public string Intent => "video-question";

    public int Rank => HandlerRank;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is null
            && !string.IsNullOrWhiteSpace(turn.Message.Text)
            && VideoId.TryParse(turn.State.CurrentVideo, out _)
            && VideoLinks.FindFirst(turn.Message.Text) is null;
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return replies.AnswerAsync(turn, VideoId.Parse(turn.State.CurrentVideo!), turn.Message.Text, cancellationToken);
    }
}
