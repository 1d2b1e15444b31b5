using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Questions;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

public sealed class ExtractiveSummaryUnitTests
{
    private static readonly BundledVideos Bundled = new();

    private static VideoTranscript Seed => Bundled.FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;

    [Fact]
    public void The_bundled_seed_video_has_its_english_and_french_transcripts_with_estimated_timings()
    {
        var id = VideoId.Parse("osKyvYJ3PRM");

        var english = Bundled.FindOriginal(id)!;
        var french = Bundled.Find(id, "fr")!;

        Assert.Equal("Simple Introduction to Large Language Models", english.Metadata.Title);
        Assert.Equal(("en", TranscriptSource.Bundled, true), (english.Transcript.Language, english.Transcript.Source, english.Transcript.TimingsEstimated));
        Assert.Equal(683, english.Transcript.Segments.Count);
        Assert.Equal("this video is going to give you", english.Transcript.Segments[0].Text);
        Assert.Equal(("fr", "en", true), (french.Transcript.Language, french.Transcript.TranslatedFrom, french.Transcript.TimingsEstimated));
        Assert.StartsWith("Cette vidéo va vous donner", french.Transcript.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal(english.Transcript.Duration.TotalSeconds, french.Transcript.Duration.TotalSeconds, 1.0);
        Assert.Null(Bundled.Find(id, "de"));
    }

    [Fact]
    public void The_summary_has_the_seed_shape_with_points_in_time_order_inside_the_video()
    {
        var summary = ExtractiveSummaryEngine.Summarize(Seed.Metadata, Seed.Transcript);

        Assert.Equal("en", summary.Language);
        Assert.False(string.IsNullOrWhiteSpace(summary.Tldr));
        Assert.InRange(summary.Takeaways.Count, 5, 12);
        Assert.InRange(summary.Highlights.Count, 0, 8);
        Assert.Equal(summary.Takeaways.Select(t => t.At).Order(), summary.Takeaways.Select(t => t.At));
        Assert.All(summary.Takeaways, t => Assert.InRange(t.At, TimeSpan.Zero, Seed.Transcript.Duration));
        Assert.InRange(summary.Outline.Count, 5, 12);
        Assert.Equal(TimeSpan.Zero, summary.Outline[0].Start);
        // Named as the field names them, and not the subject of every such video ("large language models").
        Assert.Contains("vector databases", summary.Keywords);
        Assert.Contains("tokens and tokenization", summary.Keywords);
        Assert.DoesNotContain(summary.Keywords, k => k.Contains("language model", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(summary.Outline, o => o.Title == "Fine-tuning");
        Assert.Equal(summary.Keywords.Count, summary.Keywords.Distinct().Count());
    }

    [Fact]
    public void The_uploaders_chapters_become_the_outline()
    {
        var metadata = Seed.Metadata with { Chapters = [new(TimeSpan.Zero, "Intro"), new(TimeSpan.FromMinutes(5), "How LLMs work"), new(TimeSpan.FromMinutes(20), "Limits")] };

        var outline = ExtractiveSummaryEngine.Summarize(metadata, Seed.Transcript).Outline;

        Assert.Equal(["Intro", "How LLMs work", "Limits"], outline.Select(o => o.Title));
        Assert.All(outline, o => Assert.False(string.IsNullOrWhiteSpace(o.Gist)));
    }

    [Fact]
    public void A_question_finds_the_passages_that_talk_about_it()
    {
        var passages = TranscriptSearch.Search(Seed.Transcript, "What does he say about knowledge distillation?");

        Assert.NotEmpty(passages);
        Assert.Contains("distillation", passages[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(passages.Count <= 3);
    }

    [Fact]
    public void A_question_of_stop_words_finds_nothing()
    {
        Assert.Empty(TranscriptSearch.Search(Seed.Transcript, "what is it about?"));
    }

    [Fact]
    public void Windows_close_at_sentence_ends_or_at_the_word_limit()
    {
        TranscriptSegment[] segments =
        [
            new(TimeSpan.Zero, TimeSpan.FromSeconds(2), "one two three four five six seven."),
            new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), "eight nine ten eleven twelve thirteen."),
            new(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2), string.Join(' ', Enumerable.Repeat("word", 45))),
        ];

        var windows = CaptionWindows.Build(segments);

        Assert.Equal(2, windows.Count);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromSeconds(4)), (windows[0].Start, windows[0].End));
    }

    [Fact]
    public void Terms_drop_stop_words_and_stem_lightly_and_chinese_gives_bigrams()
    {
        Assert.Equal(["model", "train", "token"], Terms.Of("The models are training their tokens"));
        Assert.Equal(["语言", "言模", "模型"], Terms.Of("语言模型"));
    }

    [Fact]
    public void A_track_url_off_youtube_is_never_fetched()
    {
        var fake = new CaptionTrack("https://evil.example/api/timedtext?v=x&lang=en", "en", "English", false, true);

        Assert.Null(TranscriptCaptionUrls.For(fake.Url, null));
        Assert.Null(TranscriptCaptionUrls.For("https://www.youtube.com/redirect?q=https://evil.example", null));
        Assert.Equal(
            "http://127.0.0.1:1/api/timedtext?v=x&lang=en&fmt=json3&tlang=fr",
            TranscriptCaptionUrls.For("https://www.youtube.com/api/timedtext?v=x&lang=en&fmt=srv3", "fr")!.ToString());
    }
}
