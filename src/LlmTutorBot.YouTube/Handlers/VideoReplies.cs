using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Files;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Questions;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;
using LlmTutorBot.YouTube.Translations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Handlers;

/// <summary>
/// What the video handlers share: fetching with progress in the video's thread, and turning summaries,
/// translations, answers and failures into replies within the platforms' limits.
/// </summary>
public sealed partial class VideoReplies(
    VideoTranscripts transcripts,
    ISummaryEngine summaries,
    ITranslationEngine translations,
    BundledVideos bundled,
    ResultFileStore files,
    LlmVideoAnswerer answerer,
    IOptions<LlmOptions> llmOptions)
{
    /// <summary>
    /// A section fits one Discord embed description (4,096 characters; the renderer spreads embeds over messages within
    /// the 6,000 a message holds); Teams and the web chat take more.
    /// </summary>
    public const int MaxSectionLength = 4000;

    public const int MaxMarkdownLength = 1800;

    private const int SummarySteps = 3;
    private const int TranslationSteps = 4;

    public static string ThreadTitle(string title) => "📺 " + (title.Length > 90 ? title[..89] + "…" : title);

    public async Task<Reply> SummarizeAsync(TurnContext turn, VideoId id, string? requestedLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.ReplyLanguage;
        await ReportAsync(turn, id, YouTubeText.FetchingCaptions[language], 1, SummarySteps, cancellationToken);
        var fetched = await transcripts.GetAsync(id, null, cancellationToken);
        if (fetched.Value is not { } video)
        {
            return Failure(fetched.Failure!, language);
        }

        turn.Changes.SetCurrentVideo(id.ShortUrl());

        // A bundled track the team cleaned is summarized from its whole, punctuated sentences, not from the raw captions.
        return await SummaryReplyAsync(turn, id, Readable(id, video), requestedLanguage, cancellationToken);
    }

    /// <summary>The summary of a transcript already in hand (fetched, or from an attached file when <paramref name="id"/> is null).</summary>
    public async Task<Reply> SummaryReplyAsync(TurnContext turn, VideoId? id, VideoTranscript video, string? requestedLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(video);
        var language = turn.ReplyLanguage;
        await turn.Progress.ReportAsync(
            new ProgressUpdate(YouTubeText.Summarizing.Format(language, video.Transcript.Segments.Count), 2, SummarySteps) { ThreadTitle = ThreadTitle(video.Metadata.Title) },
            cancellationToken);
        var wanted = requestedLanguage ?? language.Code();
        var summary = await summaries.SummarizeAsync(video, wanted, SummaryProgress(turn, video.Metadata.Title), cancellationToken);

        var header = new StringBuilder(id is { } known
            ? YouTubeText.SummaryIntro.Format(language, video.Metadata.Title, known.ShortUrl(), Describe(video.Metadata))
            : YouTubeText.SummaryIntroFile.Format(language, video.Metadata.Title, TranscriptText.Clock(video.Transcript.Duration)));
        header.Append("\n_").Append(YouTubeText.SourceLine.Format(language, Source(video, language)));
        if (video.FromCache)
        {
            header.Append(' ').Append(YouTubeText.FromCache[language]);
        }

        header.Append("_\n");
        if (summary.Llm is null or { ProviderDown: true } || !CaptionTrackSelector.Matches(summary.Language, wanted))
        {
            header.Append('_').Append(YouTubeText.ExtractiveNote.Format(language, LanguageName(summary.Language, language))).Append("_\n");
        }

        if (!CaptionTrackSelector.Matches(summary.Language, wanted))
        {
            header.Append('_').Append(YouTubeText.OtherLanguageNote.Format(language, LanguageName(wanted, language))).Append("_\n");
        }

        AppendNotes(header, video, language);
        AppendLlmNotes(header, summary.Llm, language);
        if (id is not null)
        {
            header.Append('\n').Append(YouTubeText.AskHint[language]);
        }

        AppendFooter(header, summary.Llm, language);

        return new Reply
        {
            Markdown = Clip(header.ToString(), MaxMarkdownLength),
            Sections = SummarySections(summary, id, language),
            Buttons = id is { } linked ? SummaryButtons(linked, summary.Language, wanted, language) : [],
            ThreadTitle = ThreadTitle(video.Metadata.Title),
            GeneratedByModel = summary.Llm is { ProviderDown: false },
        };
    }

    public async Task<Reply> TranslateAsync(TurnContext turn, VideoId id, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.ReplyLanguage;
        await ReportAsync(turn, id, YouTubeText.FetchingCaptions[language], 1, TranslationSteps, cancellationToken);
        var fetched = await transcripts.GetAsync(id, null, cancellationToken);
        if (fetched.Value is not { } original)
        {
            return Failure(fetched.Failure!, language);
        }

        turn.Changes.SetCurrentVideo(id.ShortUrl());
        var same = CaptionTrackSelector.Matches(original.Transcript.Language, target);
        var translated = original;
        if (!same)
        {
            await ReportAsync(turn, id, YouTubeText.Translating.Format(language, LanguageName(target, language)), 2, TranslationSteps, cancellationToken);
            var result = await translations.TranslateAsync(
                original, YouTubeLanguageCode(target), TranslationProgress(turn, id, LanguageName(target, language)), cancellationToken);
            if (result.Value is not { } value)
            {
                return Failure(result.Failure!, language);
            }

            translated = value;
        }

        await ReportAsync(turn, id, YouTubeText.WritingFiles[language], 3, TranslationSteps, cancellationToken);
        var reply = TranslationReply(id, original, translated, same, language);
        var links = await files.PublishAsync(reply.Files);
        if (links.Count == 0)
        {
            return reply;
        }

        var list = string.Join('\n', links.Select(l => $"- ⬇️ [{l.Name}]({l.Url})"));
        var linked = reply.Files.Select(f => links.FirstOrDefault(l => l.Name == f.FileName) is { Url: { } url } ? f with { Link = url } : f).ToList();
        return reply with { Markdown = $"{reply.Markdown}\n{YouTubeText.DownloadLinks[language]}\n{list}", Files = linked };
    }

    public static Reply Failure(VideoFailure failure, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var text = YouTubeText.For(failure.Kind);
        return new Reply { Markdown = YouTubeText.TakesDetail(failure.Kind) ? text.Format(language, failure.Detail) : text[language], Confident = false };
    }

    internal async Task ReportAsync(TurnContext turn, VideoId id, string markdown, int step, int total, CancellationToken cancellationToken)
    {
        var title = bundled.Metadata(id)?.Title ?? "youtu.be/" + id.Value;
        await turn.Progress.ReportAsync(new ProgressUpdate(markdown, step, total) { ThreadTitle = ThreadTitle(title) }, cancellationToken);
    }

    internal static string Describe(VideoMetadata metadata) =>
        metadata.Channel is { Length: > 0 } channel
            ? $"{channel} · {TranscriptText.Clock(metadata.Duration)}"
            : TranscriptText.Clock(metadata.Duration);

    internal static string Source(VideoTranscript video, BotLanguage language)
    {
        var t = video.Transcript;
        var name = LanguageName(t.Language, language);
        return t.Source switch
        {
            TranscriptSource.Captions => YouTubeText.SourceCaptions.Format(language, name),
            TranscriptSource.AutoCaptions => YouTubeText.SourceAutoCaptions.Format(language, name),
            TranscriptSource.YouTubeTranslation => YouTubeText.SourceYouTubeTranslation.Format(language, t.Language, LanguageName(t.TranslatedFrom ?? "", language)),
            TranscriptSource.Attachment => YouTubeText.SourceAttachment[language],
            TranscriptSource.LlmTranslation => YouTubeText.SourceLlmTranslation.Format(language, video.Llm?.Provider.Model ?? "LLM", LanguageName(t.TranslatedFrom ?? "", language)),
            _ => t.TranslatedFrom is null ? YouTubeText.SourceBundled.Format(language, name) : YouTubeText.SourceBundledTranslation.Format(language, name),
        };
    }

    internal static void AppendNotes(StringBuilder builder, VideoTranscript video, BotLanguage language)
    {
        if (video.Transcript.TimingsEstimated)
        {
            builder.Append(YouTubeText.EstimatedNote[language]).Append('\n');
        }

        if (video.Notes.Count > 0)
        {
            builder.Append(YouTubeText.SkippedTracks.Format(language, string.Join("; ", video.Notes))).Append('\n');
        }
    }

    /// <summary>"English", "français", or the code itself for languages the bot does not speak.</summary>
    public static string LanguageName(string code, BotLanguage sentenceLanguage) =>
        BotLanguages.TryParse(code, out var known) ? known.Value.NameIn(sentenceLanguage) : code;

    /// <summary>YouTube's code for a language: Chinese is "zh-Hans".</summary>
    public static string YouTubeLanguageCode(string code) =>
        code.Equals("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans" : code;

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>A timestamp linking to its moment of the video, or plain when there is no video (an attached file).</summary>
    internal static string Link(VideoId? id, TimeSpan at) => id is { } video
        ? string.Create(CultureInfo.InvariantCulture, $"[{TranscriptText.Clock(at)}]({video.ShortUrl((int)at.TotalSeconds)})")
        : $"`{TranscriptText.Clock(at)}`";
}
