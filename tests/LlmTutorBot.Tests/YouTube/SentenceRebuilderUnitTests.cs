using LlmTutorBot.YouTube.Text;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

public sealed class SentenceRebuilderUnitTests
{
    [Fact]
    public void Automatic_captions_become_capitalized_punctuated_sentences_cut_at_discourse_markers()
    {
        // From the seed video's automatic captions.
        var sentences = SentenceRebuilder.Rebuild(Captions(
            "so how do you use traditional programming",
            "to identify every single possible variation",
            "well that's where this AI approach comes in",
            "now let's talk about how large language",
            "models actually get trained"));

        Assert.Equal(
            ["So how do you use traditional programming to identify every single possible variation?", "Well, that's where this AI approach comes in.", "Now let's talk about how large language models actually get trained."],
            sentences.Select(s => s.Text));
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6)], sentences.Select(s => s.Start));
        Assert.Equal([(0, 1), (2, 2), (3, 4)], sentences.Select(s => (s.FirstCaption, s.LastCaption)));
    }

    [Fact]
    public void Fillers_and_stutters_are_dropped()
    {
        var sentences = SentenceRebuilder.Rebuild(Captions("attention now now let's um talk about uh the the", "training you know of these models"));

        Assert.Equal("Attention now let's talk about the training of these models.", string.Join(' ', sentences.Select(s => s.Text.TrimEnd('.'))) + ".");
    }

    [Fact]
    public void Rolling_captions_that_repeat_the_previous_line_are_read_once()
    {
        // As yt-dlp writes YouTube's automatic captions: each cue shows the previous line again, and a 10 ms cue repeats it.
        var sentences = SentenceRebuilder.Rebuild(Captions(
            "hi everyone so recently I gave a",
            "hi everyone so recently I gave a",
            "hi everyone so recently I gave a 30-minute talk on large language models",
            "30-minute talk on large language models",
            "30-minute talk on large language models just kind of like an intro talk"));

        var text = string.Join(' ', sentences.Select(s => s.Text));
        Assert.Equal(1, Occurrences(text, "recently"));
        Assert.Equal(1, Occurrences(text, "30-minute"));
        Assert.EndsWith("just kind of like an intro talk.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_the_transcript_spells_in_capitals_elsewhere_are_capitalized_everywhere()
    {
        var sentences = SentenceRebuilder.Rebuild(Captions(
            "this is the type of model that powers chat GPT and",
            "okay so gpt was trained by openai on text from google",
            "and Google released BERT while bert was bidirectional",
            "then meta released Llama and llama is open"));

        var text = string.Join(' ', sentences.Select(s => s.Text));
        Assert.DoesNotContain("gpt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("google", text, StringComparison.Ordinal);
        Assert.DoesNotContain("llama", text, StringComparison.Ordinal);
        Assert.Contains("OpenAI", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pause_between_words_ends_a_sentence_when_json3_gives_word_offsets()
    {
        TimedWord[] words =
        [
            new(TimeSpan.FromSeconds(0.0), "the"), new(TimeSpan.FromSeconds(0.3), "model"), new(TimeSpan.FromSeconds(0.6), "predicts"),
            new(TimeSpan.FromSeconds(0.9), "the"), new(TimeSpan.FromSeconds(1.1), "next"), new(TimeSpan.FromSeconds(1.4), "word"),
            new(TimeSpan.FromSeconds(3.0), "training"), new(TimeSpan.FromSeconds(3.4), "takes"), new(TimeSpan.FromSeconds(3.7), "many"),
            new(TimeSpan.FromSeconds(4.0), "GPUs"), new(TimeSpan.FromSeconds(4.3), "for"), new(TimeSpan.FromSeconds(4.5), "weeks"),
        ];

        var sentences = SentenceRebuilder.Rebuild([new TimedCaption(TimeSpan.Zero, TimeSpan.FromSeconds(5), "the model predicts the next word training takes many GPUs for weeks", words)]);

        Assert.Equal(["The model predicts the next word.", "Training takes many GPUs for weeks."], sentences.Select(s => s.Text));
        Assert.Equal(TimeSpan.FromSeconds(3), sentences[1].Start);
    }

    [Fact]
    public void A_punctuated_track_keeps_its_own_sentences()
    {
        // From the State of GPT Whisper transcript: sentences end inside cues.
        var sentences = SentenceRebuilder.Rebuild(Captions(
            "I'm happy to be here to tell you about the state of GPT and more generally about the",
            "rapidly growing ecosystem of large language models.",
            "So I would like to partition the talk into two parts. In the first part, I would like",
            "to tell you about how we train GPT assistants, e.g. ChatGPT."));

        Assert.True(SentenceRebuilder.IsPunctuated(Segments("a b c.", "d e. f g.")));
        Assert.Equal(
            [
                "I'm happy to be here to tell you about the state of GPT and more generally about the rapidly growing ecosystem of large language models.",
                "So I would like to partition the talk into two parts.",
                "In the first part, I would like to tell you about how we train GPT assistants, e.g. ChatGPT.",
            ],
            sentences.Select(s => s.Text));
        Assert.Equal((2, 3), (sentences[2].FirstCaption, sentences[2].LastCaption));
    }

    [Fact]
    public void Sounds_alone_make_no_sentence_and_a_chinese_track_still_gets_sentences()
    {
        Assert.Empty(SentenceRebuilder.Rebuild(Captions("[Music]", "[Applause]", "♪ ♪", "[Music]")));

        var chinese = SentenceRebuilder.Rebuild(Captions(Enumerable.Repeat("大型语言模型是一种神经网络它通过大量文本进行训练", 30).Select((t, i) => t + i).ToArray()));
        Assert.NotEmpty(chinese);
        Assert.All(chinese, s => Assert.True(s.Words <= 45, $"{s.Words} words: {s.Text}"));
    }

    internal static IReadOnlyList<TranscriptSegment> Segments(params string[] texts) =>
        [.. texts.Select((t, i) => new TranscriptSegment(TimeSpan.FromSeconds(2 * i), TimeSpan.FromSeconds(2), t))];

    private static List<TimedCaption> Captions(params string[] texts) => [.. Segments(texts).Select(TimedCaption.From)];

    private static int Occurrences(string text, string part) => LlmSummaryTests.Occurrences(text, part);
}
