using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Word times from automatic captions (json3 tOffsetMs, srv3 &lt;s t&gt;, WebVTT inline timestamps) reach the sentence rebuilder.</summary>
public sealed class CaptionWordTimingsUnitTests
{
    // One automatic caption: a pause of 1.6 s after "word" ends the first sentence; nothing in the text says so.
    private const string Json3 =
        """
        {"wireMagic":"pb3","events":[
          {"tStartMs":0,"dDurationMs":5000,"id":1,"wpWinPosId":1,"wsWinStyleId":1},
          {"tStartMs":1000,"dDurationMs":5000,"wWinId":1,"segs":[{"utf8":"the","acAsrConf":0},{"utf8":" model","tOffsetMs":300,"acAsrConf":0},{"utf8":" predicts","tOffsetMs":600},{"utf8":" the","tOffsetMs":900},{"utf8":" next","tOffsetMs":1100},{"utf8":" word","tOffsetMs":1400},{"utf8":" training","tOffsetMs":3000},{"utf8":" takes","tOffsetMs":3400},{"utf8":" many","tOffsetMs":3700},{"utf8":" GPUs","tOffsetMs":4000}]},
          {"tStartMs":5900,"aAppend":1,"segs":[{"utf8":"\n"}]}
        ]}
        """;

    [Fact]
    public void Json3_word_offsets_give_each_word_its_time_and_a_pause_ends_a_sentence()
    {
        var segments = TimedTextParser.Parse(Json3);

        Assert.NotNull(segments);
        var words = Assert.Single(segments).Words;
        Assert.NotNull(words);
        Assert.Equal(10, words.Count);
        Assert.Equal(new TimedWord(TimeSpan.FromMilliseconds(1000), "the"), words[0]);
        Assert.Equal(new TimedWord(TimeSpan.FromMilliseconds(4000), "training"), words[6]);
        Assert.Equal(
            ["The model predicts the next word.", "Training takes many GPUs."],
            SentenceRebuilder.Rebuild(segments).Select(s => s.Text));
    }

    [Fact]
    public void Srv3_word_parts_carry_their_offsets()
    {
        const string body =
            """
            <?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body>
            <p t="2000" d="4000" w="1"><s ac="0">attention</s><s t="400" ac="0"> is</s><s t="700" ac="0"> all</s><s t="900" ac="0"> you</s><s t="1200" ac="0"> need</s></p>
            </body></timedtext>
            """;

        var segment = Assert.Single(TimedTextParser.Parse(body)!);

        Assert.Equal("attention is all you need", segment.Text);
        Assert.Equal([2000, 2400, 2700, 2900, 3200], segment.Words!.Select(w => (int)w.Start.TotalMilliseconds));
        Assert.Equal(["attention", "is", "all", "you", "need"], segment.Words!.Select(w => w.Text));
    }

    [Fact]
    public void A_caption_without_word_parts_has_no_word_times()
    {
        var segment = Assert.Single(TimedTextParser.Parse("""{"events":[{"tStartMs":0,"dDurationMs":900,"segs":[{"utf8":"Hello there."}]}]}""")!);

        Assert.Null(segment.Words);
    }

    [Fact]
    public void Styled_parts_of_an_uploaders_srv3_caption_are_not_timed_words()
    {
        const string body = """<timedtext format="3"><body><p t="0" d="2000"><s p="1">Hello</s><s p="2"> there.</s></p></body></timedtext>""";

        var segment = Assert.Single(TimedTextParser.Parse(body)!);

        Assert.Equal("Hello there.", segment.Text);
        Assert.Null(segment.Words);
    }

    [Fact]
    public void Webvtt_inline_timestamps_time_each_word_and_rolling_lines_are_read_once()
    {
        // yt-dlp's automatic captions: each cue repeats the previous line, then the new words with inline times.
        // The line of one space after a cue's timing is part of the cue, as in yt-dlp's files.
        var vtt =
            """
            WEBVTT
            Kind: captions
            Language: en

            00:00:00.160 --> 00:00:02.270 align:start position:0%
            """ + "\n \n" + """
            the<00:00:00.400><c> model</c><00:00:00.700><c> predicts</c><00:00:01.000><c> the</c><00:00:01.200><c> next</c><00:00:01.500><c> word</c>

            00:00:02.270 --> 00:00:03.300 align:start position:0%
            the model predicts the next word


            00:00:03.300 --> 00:00:06.000 align:start position:0%
            the model predicts the next word
            training<00:00:04.400><c> takes</c><00:00:04.700><c> many</c><00:00:05.000><c> GPUs</c>
            """;

        var segments = SubtitleParser.Parse(vtt)!;

        Assert.Equal([TimeSpan.FromMilliseconds(160), TimeSpan.FromMilliseconds(1500)], segments[0].Words!.Select(w => w.Start).Where((_, i) => i is 0 or 5));
        Assert.Null(segments[1].Words);
        Assert.Equal(TimeSpan.FromMilliseconds(3300), segments[2].Words!.First(w => w.Text.Contains("training", StringComparison.Ordinal)).Start);
        Assert.Equal(
            ["The model predicts the next word.", "Training takes many GPUs."],
            SentenceRebuilder.Rebuild(segments).Select(s => s.Text));
    }

    [Fact]
    public void The_stored_transcript_keeps_word_times()
    {
        var transcript = new Transcript { Language = "en", Source = TranscriptSource.AutoCaptions, Segments = TimedTextParser.Parse(Json3)! };

        var read = TranscriptJson.From(transcript).ToTranscript();

        Assert.Equal(transcript.Segments[0].Words, read.Segments[0].Words);
    }
}
