using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

public sealed class SubtitleFilesUnitTests
{
    private static readonly TranscriptSegment[] Segments =
    [
        new(TimeSpan.Zero, TimeSpan.FromMilliseconds(1540), "Hello"),
        new(TimeSpan.FromMilliseconds(1540), TimeSpan.FromSeconds(2), "world, again"),
        new(TimeSpan.FromHours(1) + TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1), "an hour later"),
    ];

    [Fact]
    public void Srt_is_written_with_numbered_cues_and_comma_milliseconds()
    {
        var srt = SubtitleWriter.ToSrt(Segments);

        Assert.StartsWith("1\n00:00:00,000 --> 00:00:01,540\nHello\n\n2\n00:00:01,540 --> 00:00:03,540\nworld, again\n\n3\n01:00:00,005", srt, StringComparison.Ordinal);
    }

    [Fact]
    public void Vtt_is_written_with_its_header_and_dot_milliseconds()
    {
        var vtt = SubtitleWriter.ToVtt(Segments);

        Assert.StartsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.540\nHello\n\n", vtt, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_srt_and_vtt_read_back_to_the_same_segments()
    {
        Assert.Equal(Segments, SubtitleParser.Parse(SubtitleWriter.ToSrt(Segments)));
        Assert.Equal(Segments, SubtitleParser.Parse(SubtitleWriter.ToVtt(Segments)));
    }

    [Fact]
    public void A_hand_written_vtt_with_settings_tags_and_short_times_is_read()
    {
        var vtt = "WEBVTT - lecture\r\n\r\nNOTE made by hand\r\n\r\nintro\r\n00:01.000 --> 00:04.500 align:start position:10%\r\n<v Speaker>Welcome to</v>\r\nthe <i>course</i>\r\n\r\n00:05.000 --> 00:06.000\r\n&amp; more\r\n";

        var segments = SubtitleParser.Parse(vtt);

        Assert.NotNull(segments);
        Assert.Equal(2, segments.Count);
        Assert.Equal(new TranscriptSegment(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3.5), "Welcome to the course"), segments[0]);
        Assert.Equal("& more", segments[1].Text);
    }

    [Fact]
    public void A_file_with_no_cue_gives_nothing()
    {
        Assert.Null(SubtitleParser.Parse("just some notes\nwith no timings"));
    }

    [Fact]
    public void The_bilingual_text_pairs_each_caption_with_its_translation()
    {
        var original = new Transcript { Language = "en", Source = TranscriptSource.Captions, Segments = Segments[..2] };
        var translated = new Transcript
        {
            Language = "fr",
            Source = TranscriptSource.YouTubeTranslation,
            Segments = [new(TimeSpan.Zero, TimeSpan.FromSeconds(1), "Bonjour"), new(TimeSpan.FromMilliseconds(1540), TimeSpan.FromSeconds(2), "le monde, encore")],
        };

        var text = SubtitleWriter.ToBilingual(original, translated);

        Assert.Contains("[0:00] Hello\n        Bonjour\n", text, StringComparison.Ordinal);
        Assert.Contains("[0:01] world, again\n        le monde, encore\n", text, StringComparison.Ordinal);
    }
}
