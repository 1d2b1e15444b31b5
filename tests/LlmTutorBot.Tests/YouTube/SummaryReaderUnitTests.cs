using LlmTutorBot.YouTube.Summaries;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The model's answer read back: structured JSON, and the line format as real models decorate it.</summary>
public sealed class SummaryReaderUnitTests
{
    private static readonly Transcript Track = GeneratedTranscripts.Of(TimeSpan.FromMinutes(10)).Transcript;

    [Fact]
    public void A_decorated_answer_with_headings_bold_labels_and_numbered_lists_still_gives_every_part()
    {
        const string answer = """
            Sure! Here is the summary you asked for.

            ## **TL;DR**
            The video explains how language models learn from text.

            ### Key Takeaways
            1. 📚 **[0:05]** Models learn patterns from text.
            2. 🤖 (1:00) Attention weighs each word in context.
            - 🏋️ 2:30 – Training needs a lot of data.

            **Outline:**
            * [0:00] **Introduction** — what a model is
            * [5:00] Training: how the weights are fitted

            **Keywords:** attention, tokens, fine-tuning
            **Highlights**
            > [7:30] ⭐ A loss measures the prediction error.
            """;

        var (summary, path) = SummaryLines.Read(answer, Track, "en");

        Assert.Equal(SummaryPath.Lines, path);
        Assert.Equal("The video explains how language models learn from text.", summary.Tldr);
        Assert.Equal(
            [("📚", "Models learn patterns from text.", 5), ("🤖", "Attention weighs each word in context.", 60), ("🏋️", "Training needs a lot of data.", 150)],
            summary.Takeaways.Select(t => (t.Emoji, t.Text, (int)t.At.TotalSeconds)));
        Assert.Equal([("Introduction", "what a model is"), ("Training", "how the weights are fitted")], summary.Outline.Select(o => (o.Title, o.Gist)));
        Assert.Equal(["attention", "tokens", "fine-tuning"], summary.Keywords);
        Assert.Equal("A loss measures the prediction error.", Assert.Single(summary.Highlights).Text);
    }

    [Fact]
    public void An_answer_without_a_tldr_gets_one_from_its_first_takeaways()
    {
        var summary = SummaryLines.Parse("TAKEAWAY: 📚 [0:05] Models learn patterns.\nTAKEAWAY: 🤖 [1:00] Attention matters.\nTAKEAWAY: 🧮 [2:00] Loss falls.", Track, "en");

        Assert.Equal("Models learn patterns. Attention matters.", summary.Tldr);
        Assert.Empty(summary.Outline);
    }

    [Fact]
    public void A_structured_answer_is_read_as_json_and_its_times_checked_against_the_transcript()
    {
        const string answer = """
            ```json
            { "tldr": "A short video about models.",
              "takeaways": [ { "time": "0:05", "emoji": "📚", "text": "Models learn patterns." }, { "time": "[99:00]", "emoji": "🤖", "text": "Past the end." } ],
              "questions": [ { "question": "What is a token?", "answer": "A piece of a word." } ],
              "outline": [ { "time": "0:00", "title": "Start", "gist": "What the video is about." } ],
              "keywords": [ "tokens" ],
              "highlights": [ { "time": "2:30", "emoji": "⭐", "text": "Training needs data." } ] }
            ```
            """;

        var (summary, path) = SummaryLines.Read(answer, Track, "en");

        Assert.Equal(SummaryPath.Structured, path);
        Assert.Equal("A short video about models.", summary.Tldr);
        Assert.Equal("Models learn patterns.", Assert.Single(summary.Takeaways).Text);
        Assert.Equal(("What is a token?", "A piece of a word."), (summary.Questions[0].Question, summary.Questions[0].Answer));
        Assert.Equal(("Start", "What the video is about."), (summary.Outline[0].Title, summary.Outline[0].Gist));
        Assert.Equal(["tokens"], summary.Keywords);
        Assert.Equal(TimeSpan.FromSeconds(150), Assert.Single(summary.Highlights).At);
    }

    [Fact]
    public void Broken_json_is_read_as_lines()
    {
        var (summary, path) = SummaryLines.Read("{ \"tldr\": \"cut off", Track, "en");

        Assert.Equal(SummaryPath.Lines, path);
        Assert.Equal("", summary.Tldr);
    }
}
