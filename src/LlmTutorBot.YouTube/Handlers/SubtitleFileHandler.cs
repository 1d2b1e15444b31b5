using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.YouTube.Attachments;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// A message carrying a .srt or .vtt file (with or without a video link): the file becomes the transcript and is
/// summarized; with a link, the timestamps point into that video. Its band (files) comes before links.
/// </summary>
public sealed class SubtitleFileHandler(SubtitleAttachmentReader reader, VideoReplies replies, Bundled.BundledVideos bundled) : IIntentHandler
{
    public string Intent => "subtitle-file";

    public int Rank => RouteRank.Attachment;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is null && SubtitleAttachmentReader.FindSubtitleFile(turn.Message) is not null;
    }

    public async Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var attachment = SubtitleAttachmentReader.FindSubtitleFile(turn.Message)!;
        var language = turn.ReplyLanguage;
        var (transcript, problem) = await reader.ReadAsync(attachment, cancellationToken);
        if (transcript is null)
        {
            return new Reply
            {
                Markdown = YouTubeText.FileUnreadable.Format(language, attachment.Name, problem![language], reader.MaxKilobytes),
                Confident = false,
            };
        }

        var id = VideoLinks.FindFirst(turn.Message.Text);
        var title = id is { } linked ? bundled.Metadata(linked)?.Title ?? attachment.Name : attachment.Name;
        var metadata = new VideoMetadata(id ?? default, title, null, transcript.Duration);
        if (id is { } video)
        {
            turn.Changes.SetCurrentVideo(video.ShortUrl());
        }

        return await replies.SummaryReplyAsync(turn, id, new VideoTranscript(metadata, transcript), null, cancellationToken);
    }
}
