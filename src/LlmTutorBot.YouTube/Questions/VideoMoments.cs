using LlmTutorBot.Core.Content;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Questions;

/// <summary>
/// Where a video discusses a question, for other features (the FAQ points at the conversation's video): the start of
/// the transcript passage that matches the question strongly (the cleaned copy when there is one), or nothing.
/// </summary>
public sealed class VideoMoments(VideoTranscripts transcripts, BundledVideos bundled) : IVideoMoments
{
    /// <summary>The least BM25 score of a passage worth pointing at: the score a video answer is confident at.</summary>
    public const double StrongScore = 2.0;

    public async Task<VideoMomentLink?> FindAsync(string video, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!VideoId.TryParse(video, out var id))
        {
            return null;
        }

        var fetched = await transcripts.GetAsync(id, null, cancellationToken);
        if (fetched.Value is not { } found)
        {
            return null;
        }

        var transcript = bundled.Readable(id, found.Transcript) ?? found.Transcript;
        var best = TranscriptSearch.Search(transcript, question, 1);
        if (best is not [{ Score: >= StrongScore } passage])
        {
            return null;
        }

        var seconds = (int)passage.Start.TotalSeconds;
        return new VideoMomentLink(TranscriptText.Clock(TimeSpan.FromSeconds(seconds)), id.ShortUrl(seconds));
    }
}
