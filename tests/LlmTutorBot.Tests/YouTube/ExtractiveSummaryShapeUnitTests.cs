using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The extractive summary's shape and limits on real and generated tracks, and on bad input.</summary>
public sealed class ExtractiveSummaryShapeUnitTests
{
    private static readonly VideoTranscript Seed = new BundledVideos().FindOriginal(VideoId.Parse("osKyvYJ3PRM"))!;

    public static TheoryData<string> Tracks => ["seed", "three hours"];

    [Theory]
    [MemberData(nameof(Tracks))]
    public void Every_line_is_a_whole_sentence_or_a_term_and_the_whole_fits_in_about_700_words(string track)
    {
        var video = Video(track);

        var summary = ExtractiveSummaryEngine.Summarize(video.Metadata, video.Transcript);

        var words = string.Join(' ', video.Transcript.Segments.Select(s => s.Text)).Split(' ').Select(w => w.ToLowerInvariant().Trim('.', ',', '?', '!')).ToHashSet();
        Assert.InRange(ExtractiveSummaryEngine.WordCount(summary), 150, 720);
        Assert.All(Sentences(summary), s => Assert.Matches(@"^[\p{Lu}\d].*[.?!]$", s));
        Assert.All(Sentences(summary), s => Assert.DoesNotContain("…", s, StringComparison.Ordinal));
        Assert.All(Sentences(summary).SelectMany(s => s.Split(' ')), w => Assert.Contains(w.ToLowerInvariant().Trim('.', ',', '?', '!'), words));
        // A term of one to three words, or a longer name of the field with its acronym ("mixture of experts (MoE)").
        Assert.All(summary.Keywords, k => Assert.Matches(@"^(\S+( \S+){0,2}|\S+( \S+){1,5} \([\p{Lu}][\p{L}\d-]*\))$", k));
        Assert.All(summary.Outline, o => Assert.InRange(o.Title.Split(' ').Length, 1, 6));
        Assert.DoesNotContain(summary.Keywords, k => k is "little bit" or "tallest building");
        Assert.InRange(summary.Takeaways.Count, 5, 12);
    }

    [Theory]
    [MemberData(nameof(Tracks))]
    public void Timestamps_are_inside_the_video_in_order_and_spread_over_its_whole_length(string track)
    {
        var video = Video(track);
        var length = video.Transcript.Duration;

        var summary = ExtractiveSummaryEngine.Summarize(video.Metadata, video.Transcript);

        var points = summary.Takeaways.Concat(summary.Highlights).Select(p => p.At).Concat(summary.Outline.Select(o => o.Start)).ToList();
        Assert.All(points, at => Assert.InRange(at, TimeSpan.Zero, length));
        Assert.Equal(summary.Takeaways.Select(t => t.At).Order(), summary.Takeaways.Select(t => t.At));
        Assert.Equal(summary.Outline.Select(o => o.Start).Order(), summary.Outline.Select(o => o.Start));
        Assert.Equal(TimeSpan.Zero, summary.Outline[0].Start);
        Assert.InRange(summary.Outline.Count, 3, 12);
        Assert.Contains(summary.Takeaways, t => t.At >= length * 2 / 3);
        Assert.Contains(summary.Outline, o => o.Start >= length * 2 / 3);
        Assert.Contains(summary.Takeaways, t => t.At < length / 3);
    }

    [Fact]
    public void One_caption_gives_a_short_summary_that_says_there_is_too_little_text()
    {
        var summary = Summarize([new(TimeSpan.Zero, TimeSpan.FromSeconds(3), "hello and welcome to the channel")]);

        Assert.True(summary.TooLittleText);
        Assert.Equal("Hello and welcome to the channel.", summary.Tldr);
        Assert.Empty(summary.Outline);
    }

    [Fact]
    public void A_track_of_music_markers_only_gives_an_empty_summary_marked_too_little()
    {
        var summary = Summarize([.. Enumerable.Range(0, 200).Select(i => new TranscriptSegment(TimeSpan.FromSeconds(3 * i), TimeSpan.FromSeconds(3), i % 2 == 0 ? "[Music]" : "♪"))]);

        Assert.True(summary.TooLittleText);
        Assert.Equal("", summary.Tldr);
        Assert.Empty(summary.Takeaways);
    }

    [Fact]
    public void Ten_thousand_one_word_captions_are_summarized()
    {
        string[] words = ["models", "learn", "patterns", "from", "text", "and", "then", "they", "predict", "words", "so", "training", "needs", "data"];
        var summary = Summarize([.. Enumerable.Range(0, 10_000).Select(i => new TranscriptSegment(TimeSpan.FromMilliseconds(400 * i), TimeSpan.FromMilliseconds(400), words[(i * 7 + (i / 14)) % words.Length]))]);

        Assert.False(summary.TooLittleText);
        Assert.NotEmpty(summary.Tldr);
        Assert.InRange(ExtractiveSummaryEngine.WordCount(summary), 20, 720);
    }

    [Theory]
    [InlineData("zh", "大型语言模型是一种神经网络它通过大量文本进行训练然后预测下一个词")]
    [InlineData("ar", "النماذج اللغوية الكبيرة هي شبكات عصبية تتدرب على كميات هائلة من النصوص ثم تتنبأ بالكلمة التالية")]
    public void A_track_in_a_language_the_rules_do_not_know_still_gets_a_summary(string language, string text)
    {
        var segments = Enumerable.Range(0, 300).Select(i => new TranscriptSegment(TimeSpan.FromSeconds(4 * i), TimeSpan.FromSeconds(4), $"{text} {i}")).ToList();

        var summary = ExtractiveSummaryEngine.Summarize(Metadata(TimeSpan.FromSeconds(1200)), new Transcript { Language = language, Source = TranscriptSource.AutoCaptions, Segments = segments });

        Assert.Equal(language, summary.Language);
        Assert.NotEmpty(summary.Tldr);
        Assert.NotEmpty(summary.Outline);
        Assert.InRange(ExtractiveSummaryEngine.WordCount(summary), 1, 720);
    }

    internal static List<string> Sentences(VideoSummary summary) =>
        [.. System.Text.RegularExpressions.Regex.Split(summary.Tldr, @"(?<=[.!?])\s+(?=[\p{Lu}\d])"), .. summary.Takeaways.Select(t => t.Text), .. summary.Highlights.Select(h => h.Text), .. summary.Outline.Select(o => o.Gist)];

    private static VideoTranscript Video(string track) => track == "seed" ? Seed : GeneratedTranscripts.Of(TimeSpan.FromHours(3));

    private static VideoSummary Summarize(List<TranscriptSegment> segments) =>
        ExtractiveSummaryEngine.Summarize(Metadata(TimeSpan.FromMinutes(10)), new Transcript { Language = "en", Source = TranscriptSource.AutoCaptions, Segments = segments });

    private static VideoMetadata Metadata(TimeSpan duration) => new(VideoId.Parse("osKyvYJ3PRM"), "A video", null, duration);
}
