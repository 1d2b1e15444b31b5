using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>A message with a YouTube link: the first video's summary, with buttons for the others.</summary>
public sealed class VideoLinkHandler(VideoReplies replies) : IIntentHandler
{
    public string Intent => "video-link";

    public int Rank => RouteRank.Content;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is null && VideoLinks.FindFirst(turn.Message.Text) is not null;
    }

    public async Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var videos = VideoLinks.FindAll(turn.Message.Text);
        var reply = await replies.SummarizeAsync(turn, videos[0], null, cancellationToken);
        return videos.Count == 1
            ? reply
            : reply with
            {
                Buttons = [.. reply.Buttons, .. videos.Skip(1).Select(v => new ReplyButton($"{YouTubeText.SummarizeButton[turn.ReplyLanguage]} youtu.be/{v.Value}", $"/summarize {v.ShortUrl()}"))],
            };
    }
}
