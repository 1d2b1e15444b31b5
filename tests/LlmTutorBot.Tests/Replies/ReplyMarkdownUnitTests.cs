using System.Text;
using LlmTutorBot.Cli;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Tests.Replies;

public sealed class ReplyMarkdownUnitTests
{
    [Fact]
    public void A_plain_reply_renders_as_its_text()
    {
        Assert.Equal("Hello", ReplyMarkdown.Render(Reply.Text("Hello\n\n")));
    }

    [Fact]
    public void Sections_buttons_and_files_follow_the_text_in_that_order()
    {
        var reply = new Reply
        {
            Markdown = "Summary of the video",
            Sections = [new ReplySection("TLDR", "LLMs predict the next token."), new ReplySection("Keywords", "token, transformer")],
            Buttons = [new ReplyButton("Translate", "/translate https://youtu.be/osKyvYJ3PRM fr")],
            Files = [new ReplyFile("video.fr.srt", "application/x-subrip", Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:01,000\nBonjour\n"))],
        };

        var markdown = ReplyMarkdown.Render(reply);

        Assert.Equal(
            "Summary of the video\n\n**TLDR**\nLLMs predict the next token.\n\n**Keywords**\ntoken, transformer\n\n"
            + "- Translate: `/translate https://youtu.be/osKyvYJ3PRM fr`\n\n- 📎 video.fr.srt (40 bytes)",
            markdown);
    }

    [Fact]
    public async Task The_cli_shows_progress_with_its_step_on_standard_error()
    {
        using var writer = new StringWriter();
        var sink = new ConsoleProgressSink(writer);

        await sink.ReportAsync(new ProgressUpdate("Fetching captions", 2, 5), TestContext.Current.CancellationToken);
        await sink.ReportAsync(new ProgressUpdate("Done"), TestContext.Current.CancellationToken);

        Assert.Equal("… Fetching captions (2/5)\n… Done\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
