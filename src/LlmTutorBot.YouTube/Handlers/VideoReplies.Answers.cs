using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Usage;
using LlmTutorBot.YouTube.Transcripts;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Questions;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Handlers;

public sealed partial class VideoReplies
{
    private const int AnswerPassages = 3;

    /// <summary>
    /// The passages of the video's transcript that best answer the question, with links to their moments: whole
    /// sentences from the team's cleaned copy when there is one, else whole captions.
    /// </summary>
    public async Task<Reply> AnswerAsync(TurnContext turn, VideoId id, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.ReplyLanguage;
        await ReportAsync(turn, id, YouTubeText.Searching[language], 1, 2, cancellationToken);
        var fetched = await transcripts.GetAsync(id, null, cancellationToken);
        if (fetched.Value is not { } fetchedVideo)
        {
            return Failure(fetched.Failure!, language);
        }

        var video = Readable(id, fetchedVideo);
        var down = false;
        var budgetSpent = false;
        if (answerer.IsEnabled)
        {
            try
            {
                if (await LlmAnswerAsync(turn, id, video, question, cancellationToken) is { } answered)
                {
                    return answered;
                }
            }
            catch (LlmUnavailableException exception)
            {
                // The provider is down (or the day's budget spent): the passages themselves, with a note.
                down = true;
                budgetSpent = exception.BudgetExceeded;
            }
        }

        var passages = TranscriptSearch.Search(video.Transcript, question, AnswerPassages);
        if (passages.Count == 0)
        {
            return new Reply { Markdown = YouTubeText.NothingFound.Format(language, video.Metadata.Title), Confident = false };
        }

        var builder = new StringBuilder(YouTubeText.AnswerIntro.Format(language, video.Metadata.Title)).Append("\n\n");
        foreach (var passage in passages)
        {
            builder.Append("> ").Append(Quote(passage.Text)).Append('\n')
                .Append("▶️ ").Append(Link(id, passage.Start)).Append("\n\n");
        }

        if (!CaptionTrackSelector.Matches(video.Transcript.Language, language.Code()))
        {
            builder.Append('_').Append(YouTubeText.AnswerLanguageNote.Format(language, LanguageName(video.Transcript.Language, language))).Append("_\n");
        }

        if (video.Transcript.TimingsEstimated)
        {
            builder.Append(YouTubeText.EstimatedNote[language]).Append('\n');
        }

        if (down)
        {
            builder.Append((budgetSpent ? YouTubeText.LlmBudgetSpentNote : YouTubeText.LlmDownNote)[language]).Append('\n');
        }

        return new Reply
        {
            Markdown = Clip(builder.ToString().TrimEnd(), MaxMarkdownLength),
            Confident = passages[0].Score >= 2.0,
            ThreadTitle = ThreadTitle(video.Metadata.Title),
        };
    }

    /// <summary>The video with the team's cleaned copy of its track in place of the raw captions, when there is one.</summary>
    internal VideoTranscript Readable(VideoId id, VideoTranscript video) =>
        bundled.Readable(id, video.Transcript) is { } readable ? video with { Transcript = readable } : video;

    /// <summary>A passage as quoted: whole segments as they are, the first letter capitalized; never cut.</summary>
    internal static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    // The model's answer from the best passages, timestamps checked; null when no passage matches (the search says so).
    private async Task<Reply?> LlmAnswerAsync(TurnContext turn, VideoId id, VideoTranscript video, string question, CancellationToken cancellationToken)
    {
        var language = turn.ReplyLanguage;
        var moments = new List<TimeSpan>();
        var answer = await answerer.AnswerAsync(video, question, language.Code(), at => Cite(id, at, moments), LlmBudgetScope.Of(turn.Message), cancellationToken);
        if (answer is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        if (!answer.Found)
        {
            builder.Append(YouTubeText.NothingFound.Format(language, video.Metadata.Title));
        }
        else
        {
            builder.Append(YouTubeText.AnswerIntroLlm.Format(language, video.Metadata.Title)).Append("\n\n").Append(answer.Markdown).Append('\n');
            if (video.Transcript.TimingsEstimated)
            {
                builder.Append('\n').Append(YouTubeText.EstimatedNote[language]);
            }
        }

        var footer = new StringBuilder();
        AppendFooter(footer, answer.Report, language);
        return new Reply
        {
            Markdown = Clip(builder.ToString().TrimEnd(), MaxMarkdownLength - footer.Length) + footer,
            Confident = answer.Found,
            ThreadTitle = ThreadTitle(video.Metadata.Title),
            GeneratedByModel = answer.Found,
            Citations = answer.Found ? MomentCitations(id, video, moments) : [],
        };
    }

    // A cited moment as its link and its citation marker: "[1:23](https://youtu.be/ID?t=83) [1]", numbered in order of first use.
    private static string Cite(VideoId id, TimeSpan at, List<TimeSpan> moments)
    {
        if (!moments.Contains(at))
        {
            moments.Add(at);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Link(id, at)} [{moments.IndexOf(at) + 1}]");
    }

    // Each cited moment as a citation: the video's title and the moment, the caption line there, the link to it.
    private static List<ReplyCitation> MomentCitations(VideoId id, VideoTranscript video, List<TimeSpan> moments) =>
    [
        .. moments.Select((at, i) =>
        {
            var caption = video.Transcript.Segments.FirstOrDefault(s => s.Start >= at)?.Text ?? "";
            var line = caption.Length <= 160 ? caption : caption[..159] + "…";
            return new ReplyCitation(i + 1, $"{Clip(video.Metadata.Title, 80)} · {TranscriptText.Clock(at)}", line, new Uri(id.ShortUrl((int)at.TotalSeconds)));
        }),
    ];
}
