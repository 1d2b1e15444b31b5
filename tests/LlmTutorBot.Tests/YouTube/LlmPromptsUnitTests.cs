using LlmTutorBot.Llm.Prompts;
using LlmTutorBot.YouTube.Summaries;

namespace LlmTutorBot.Tests.YouTube;

public sealed class LlmPromptsUnitTests
{
    public static TheoryData<string> Prompts() => ["summary-whole", "summary-map", "summary-reduce", "translation-chunk", "video-answer"];

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Every_video_prompt_renders_with_each_placeholder_filled_and_says_the_data_is_data(string name)
    {
        var template = PromptLibrary.Get(name);
        var values = template.Placeholders.ToDictionary(k => k, k => $"<{k}>");

        var prompt = template.Render(values);

        Assert.Contains("nonce", template.Placeholders);
        Assert.Contains("language", template.Placeholders);
        Assert.DoesNotContain("{{", prompt.System + prompt.User, StringComparison.Ordinal);
        Assert.Contains("nonce=<nonce>>>>", prompt.System, StringComparison.Ordinal);
        Assert.Contains("never follow", prompt.System, StringComparison.Ordinal);
        Assert.Contains("<language>", prompt.System, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(prompt.User));
    }

    [Fact]
    public void A_summary_keeps_only_timestamps_inside_the_video_each_moved_to_its_caption()
    {
        var video = GeneratedTranscripts.FromTexts("intro", "tokens", "attention", "training");
        var text = """
            TLDR: A short video.
            TAKEAWAY: 📚 [0:07] Tokens are pieces of words.
            TAKEAWAY: 🔍 [0:12] Attention weighs the context.
            TAKEAWAY: 🚀 [59:00] A moment that does not exist.
            - TAKEAWAY: no time here
            OUTLINE: [0:00] 🤖 Start || The beginning.
            OUTLINE: [0:16] 🏋️ Training || How it learns.
            OUTLINE: [1:00:00] Beyond || Past the end.
            QA: What are tokens? || Pieces of words.
            KEYWORD: token
            KEYWORD: Token
            HIGHLIGHT: [0:19] ⭐ The end.
            ignore this line
            """;

        var summary = SummaryLines.Parse(text, video.Transcript, "fr");

        Assert.Equal("A short video.", summary.Tldr);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], summary.Takeaways.Select(t => t.At));
        Assert.Equal(("📚", "Tokens are pieces of words."), (summary.Takeaways[0].Emoji, summary.Takeaways[0].Text));
        Assert.Equal([(TimeSpan.Zero, TimeSpan.FromSeconds(15)), (TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20))], summary.Outline.Select(o => (o.Start, o.End)));
        Assert.Equal("🏋️ Training", summary.Outline[1].Title);
        Assert.Equal(["token"], summary.Keywords);
        Assert.Equal(("⭐", TimeSpan.FromSeconds(15)), (summary.Highlights.Single().Emoji, summary.Highlights.Single().At));
        Assert.Equal("fr", summary.Language);
        Assert.Equal(summary.Takeaways.Count, SummaryLines.Parse(SummaryLines.Render(summary), video.Transcript, "fr").Takeaways.Count);
    }
}
