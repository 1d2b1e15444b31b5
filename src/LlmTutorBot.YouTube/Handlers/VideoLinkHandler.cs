using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// A message with a YouTube link is about that video, whatever words surround it: the first video's summary (in the
/// language the words name, if any), or its translation when the words ask for one ("translate this to French",
/// "traduis en français", "翻译成中文"), with buttons for the other videos.
/// </summary>
public sealed class VideoLinkHandler(VideoReplies replies) : IIntentHandler
{
    public string Intent => "video-link";

    public int Rank => RouteRank.Link;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is null && VideoLinks.FindFirst(turn.Message.Text) is not null;
    }

    public async Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Message.Text;
        var videos = VideoLinks.FindAll(text);
        var named = VideoRequest.NamedLanguage(text);
        var reply = VideoRequest.AsksForTranslation(text)
            ? await replies.TranslateAsync(turn, videos[0], (named ?? turn.ReplyLanguage).Code(), cancellationToken)
            : await replies.SummarizeAsync(turn, videos[0], named?.Code(), cancellationToken);
        return videos.Count == 1
            ? reply
            : reply with
            {
                Buttons = [.. reply.Buttons, .. videos.Skip(1).Select(v => new ReplyButton($"{YouTubeText.SummarizeButton[turn.ReplyLanguage]} youtu.be/{v.Value}", $"/summarize {v.ShortUrl()}"))],
            };
    }
}
