using LlmTutorBot.Core.Replies;
using LlmTutorBot.WebChat.Turns;
using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.Tests.WebChat;

public sealed class WebChatReplyRendererUnitTests
{
    private static readonly DirectLineAccount Bot = new("bot", "LlmTutorBot", "bot");

    [Fact]
    public void Buttons_become_imBack_suggested_actions_carrying_their_command()
    {
        var reply = new Reply { Markdown = "Done.", Buttons = [new ReplyButton("Translate", "/translate fr")] };

        var activity = WebChatReplyRenderer.Render(reply, Bot);

        var action = Assert.Single(activity.SuggestedActions!.Actions);
        Assert.Equal(CardAction.ImBack, action.Type);
        Assert.Equal("Translate", action.Title);
        Assert.Equal("/translate fr", action.Value);
        Assert.DoesNotContain("/translate", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_are_appended_to_the_markdown_text()
    {
        var reply = new Reply { Markdown = "Summary", Sections = [new ReplySection("Key points", "- one\n- two")] };

        var activity = WebChatReplyRenderer.Render(reply, Bot);

        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("Summary\n\n**Key points**\n- one\n- two", activity.Text);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void Progress_is_a_bot_message_replying_to_the_user_message_with_its_step()
    {
        var activity = WebChatReplyRenderer.Progress(new ProgressUpdate("Fetching captions", 2, 5), Bot, "c|0000000");

        Assert.Equal("message", activity.Type);
        Assert.Equal("Fetching captions (2/5)", activity.Text);
        Assert.Equal("c|0000000", activity.ReplyToId);
        Assert.Equal("bot", activity.From?.Role);
    }
}
