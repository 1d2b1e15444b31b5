using System.Text.RegularExpressions;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// A question in a conversation about a video (its CurrentVideo is set): answered from that video's transcript. It
/// bids against the other content handlers: explicitly when the question points at the video ("what does he say about
/// pizza?", "dans la vidéo", "视频里"), by default otherwise, so a curated answer the FAQ is confident in wins.
/// </summary>
public sealed partial class VideoQuestionHandler(VideoReplies replies) : IIntentHandler
{
    public const int HandlerRank = RouteRank.Content;

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

    public double Bid(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return PointsAtTheVideo(turn.Message.Text) ? RouteBid.Explicit : RouteBid.Default;
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return replies.AnswerAsync(turn, VideoId.Parse(turn.State.CurrentVideo!), turn.Message.Text, cancellationToken);
    }

    /// <summary>True when the words are about the video or its speaker rather than the subject in general.</summary>
    public static bool PointsAtTheVideo(string text) => VideoWords().IsMatch(text);

    [GeneratedRegex(
        @"\b(?:the|this|that) (?:video|talk|speaker|presenter)\b|\b(?:he|she|they|it)\s+(?:say|says|said|mention|mentions|mentioned|talk|talks|talked|explain|explains|explained|discuss|discusses|discussed|show|shows|showed)\b|\bdoes (?:he|she|it) (?:say|mention|explain|talk)|\b(?:la|cette) vidéo\b|\b(?:il|elle) (?:dit|parle|explique|mentionne|montre)\b|qu'est-ce qu'(?:il|elle) (?:dit|raconte)|que dit-(?:il|elle)|视频|影片|他说|他讲|他提到|她说|作者说|讲者",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VideoWords();
}
