using System.Text.Json;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Rendering;

namespace LlmTutorBot.Tests.Teams;

public sealed class TeamsReplyRendererUnitTests
{
    private readonly TeamsReplyRenderer _renderer = new(1_000, AdaptiveAction.Execute);

    [Fact]
    public void A_plain_reply_is_one_markdown_message()
    {
        var activity = Assert.Single(_renderer.Render(Reply.Text("**Hello**")));

        Assert.Equal("**Hello**", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
    }

    [Fact]
    public void A_long_reply_is_split_under_the_limit_at_paragraphs_without_losing_text()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => $"Paragraph {i} " + new string('a', 80)).ToList();

        var activities = _renderer.Render(Reply.Text(string.Join("\n\n", paragraphs)));

        Assert.True(activities.Count > 1);
        Assert.All(activities, a => Assert.True(a.Text!.Length <= 1_000));
        Assert.Equal(paragraphs, activities.SelectMany(a => a.Text!.Split("\n\n")));
    }

    [Fact]
    public void Sections_and_buttons_become_an_adaptive_card_1_5_whose_buttons_carry_their_command()
    {
        var reply = new Reply
        {
            Markdown = "Summary of the video",
            Sections = [new ReplySection("TLDR", "LLMs predict the next token.")],
            Buttons = [new ReplyButton("Translate", "/translate fr https://youtu.be/osKyvYJ3PRM")],
        };

        var activity = Assert.Single(_renderer.Render(reply));
        var card = Assert.Single(activity.Attachments!).Content!.Value;

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var texts = card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Summary of the video", "TLDR", "LLMs predict the next token."], texts);
        var action = Assert.Single(card.GetProperty("actions").EnumerateArray().ToList());
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("Translate", action.GetProperty("title").GetString());
        Assert.Equal("/translate fr https://youtu.be/osKyvYJ3PRM", action.GetProperty("data").GetProperty("command").GetString());
    }

    [Fact]
    public void Web_chat_buttons_are_action_submit()
    {
        var renderer = new TeamsReplyRenderer(1_000, AdaptiveAction.Submit);

        var card = renderer.Card("", [], [new ReplyButton("Help", "/help")]);
        var json = JsonSerializer.SerializeToElement(card, LlmTutorBot.Teams.Activities.BotFrameworkJsonContext.Default.AdaptiveCard);

        Assert.Equal("Action.Submit", json.GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.False(json.GetProperty("actions")[0].TryGetProperty("verb", out _));
    }

    [Fact]
    public void A_card_too_large_becomes_split_text_followed_by_the_buttons()
    {
        var reply = new Reply
        {
            Markdown = "Intro",
            Sections = [new ReplySection("Transcript", string.Join('\n', Enumerable.Range(0, 60).Select(i => $"line {i} of the transcript")))],
            Buttons = [new ReplyButton("Summarize", "/summarize")],
        };

        var activities = _renderer.Render(reply);

        Assert.True(activities.Count >= 3);
        Assert.All(activities.SkipLast(1), a => Assert.True(a.Text!.Length <= 1_000));
        Assert.Contains("line 59 of the transcript", string.Concat(activities.Select(a => a.Text)), StringComparison.Ordinal);
        Assert.Equal("/summarize", activities[^1].Attachments![0].Content!.Value.GetProperty("actions")[0].GetProperty("data").GetProperty("command").GetString());
    }

    [Fact]
    public void Every_action_execute_button_carries_an_action_submit_fallback_with_the_same_command()
    {
        var card = _renderer.Card("", [], [new ReplyButton("Help", "/help"), new ReplyButton("French", "/lang fr")]);
        var json = JsonSerializer.SerializeToElement(card, LlmTutorBot.Teams.Activities.BotFrameworkJsonContext.Default.AdaptiveCard);

        var actions = json.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            var fallback = action.GetProperty("fallback");
            Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
            Assert.Equal(action.GetProperty("title").GetString(), fallback.GetProperty("title").GetString());
            Assert.Equal(action.GetProperty("data").GetProperty("command").GetString(), fallback.GetProperty("data").GetProperty("command").GetString());
            Assert.False(fallback.TryGetProperty("fallback", out _));
        });
    }
}
