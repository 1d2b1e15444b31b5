using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.YouTube.Handlers;

public sealed partial class VideoReplies
{
    private const int PreviewCaptions = 12;

    internal static List<ReplySection> SummarySections(VideoSummary summary, VideoId? id, BotLanguage language)
    {
        if (summary.TooLittleText)
        {
            var said = summary.Tldr.Length == 0 ? YouTubeText.NoSpeech[language] : $"{YouTubeText.TooLittleText[language]}\n> {Clip(summary.Tldr, MaxSectionLength)}";
            return [new(YouTubeText.TldrTitle[language], said)];
        }

        var sections = new List<ReplySection> { new(YouTubeText.TldrTitle[language], Clip(summary.Tldr, MaxSectionLength)) };
        sections.Add(new(YouTubeText.TakeawaysTitle[language], Lines(summary.Takeaways.Select(t => $"- {t.Emoji} {t.Text} {Link(id, t.At)}"))));
        if (summary.Questions.Count > 0)
        {
            sections.Add(new(YouTubeText.QuestionsTitle[language], Lines(summary.Questions.Select(q => $"**{q.Question}**\n{q.Answer}"))));
        }

        sections.Add(new(YouTubeText.OutlineTitle[language], Lines(summary.Outline.Select(o => $"- {Link(id, o.Start)} **{o.Title}**: {o.Gist}"))));
        if (summary.Keywords.Count > 0)
        {
            sections.Add(new(YouTubeText.KeywordsTitle[language], Clip(string.Join(" · ", summary.Keywords.Select(k => $"💡 {k}")), MaxSectionLength)));
        }

        if (summary.Highlights.Count > 0)
        {
            sections.Add(new(YouTubeText.HighlightsTitle[language], Lines(summary.Highlights.Select(h => $"- {h.Emoji} {h.Text} {Link(id, h.At)}"))));
        }

        return sections;
    }

    // Whole lines only, as many as fit in a section.
    // When they do not all fit, lines are left out evenly, not from the end: the last part of the video stays in.
    internal static string Lines(IEnumerable<string> lines)
    {
        var clipped = lines.Select(l => Clip(l, MaxSectionLength)).ToList();
        var kept = clipped.Count;
        while (kept > 1 && Spread(clipped, kept).Sum(l => l.Length + 1) > MaxSectionLength)
        {
            kept--;
        }

        return string.Join('\n', Spread(clipped, kept));
    }

    // Count lines of the list, evenly spaced, the first and the last included.
    private static IEnumerable<string> Spread(List<string> lines, int count) =>
        count >= lines.Count ? lines
        : count == 1 ? lines.Take(1)
        : Enumerable.Range(0, count).Select(i => lines[(int)Math.Round(i * (lines.Count - 1) / (double)(count - 1))]);

    private static List<ReplyButton> SummaryButtons(VideoId id, string transcriptLanguage, string wanted, BotLanguage language)
    {
        // Into the language asked for; when the transcript is in it already, into French (or English from French).
        var target = !CaptionTrackSelector.Matches(transcriptLanguage, wanted) ? wanted
            : CaptionTrackSelector.Matches(transcriptLanguage, "fr") ? "en"
            : "fr";
        return
        [
            new(YouTubeText.TranslateButton.Format(language, LanguageName(target, language)), $"/translate {id.ShortUrl()} {target}"),
            new(YouTubeText.SummarizeButton[language], $"/summarize {id.ShortUrl()} {wanted}"),
        ];
    }

    private Reply TranslationReply(VideoId id, VideoTranscript original, VideoTranscript translated, bool same, BotLanguage language)
    {
        var t = translated.Transcript;
        var builder = new StringBuilder();
        builder.Append(same
            ? YouTubeText.AlreadyInLanguage.Format(language, LanguageName(t.Language, language))
            : YouTubeText.TranslationIntro.Format(language, translated.Metadata.Title, id.ShortUrl(), LanguageName(t.Language, language), t.Segments.Count));
        builder.Append("\n_").Append(YouTubeText.SourceLine.Format(language, Source(translated, language)));
        if (translated.FromCache)
        {
            builder.Append(' ').Append(YouTubeText.FromCache[language]);
        }

        builder.Append("_\n");
        AppendNotes(builder, translated, language);
        AppendLlmNotes(builder, translated.Llm, language);
        builder.Append(YouTubeText.FilesNote.Format(language, original.Transcript.Language, t.Language));
        AppendFooter(builder, translated.Llm, language);

        var baseName = $"{id.Value}.{t.Language}";
        ReplyFile[] files =
        [
            new($"{baseName}.srt", "application/x-subrip", Encoding.UTF8.GetBytes(SubtitleWriter.ToSrt(t.Segments))),
            new($"{baseName}.vtt", "text/vtt", Encoding.UTF8.GetBytes(SubtitleWriter.ToVtt(t.Segments))),
            new($"{id.Value}.{original.Transcript.Language}-{t.Language}.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(SubtitleWriter.ToBilingual(original.Transcript, t))),
        ];
        return new Reply
        {
            Markdown = Clip(builder.ToString(), MaxMarkdownLength),
            Sections = [new(YouTubeText.PreviewTitle[language], Lines(t.Segments.Take(PreviewCaptions).Select(s => $"{Link(id, s.Start)} {s.Text}")))],
            Files = files,
            Buttons = [new(YouTubeText.SummarizeButton[language], $"/summarize {id.ShortUrl()} {language.Code()}")],
            ThreadTitle = ThreadTitle(translated.Metadata.Title),
        };
    }
}
