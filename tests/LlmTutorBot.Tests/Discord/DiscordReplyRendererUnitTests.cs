using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Rendering;

namespace LlmTutorBot.Tests.Discord;

public sealed class DiscordReplyRendererUnitTests
{
    [Fact]
    public void A_short_reply_is_one_message_that_pings_no_one()
    {
        var message = Assert.Single(DiscordReplyRenderer.Render(Reply.Text("Hi @everyone"))).Message;

        Assert.Equal("Hi @everyone", message.Content);
        Assert.Empty(message.AllowedMentions!.Parse);
        Assert.False(message.AllowedMentions.RepliedUser);
    }

    [Fact]
    public void Sections_become_embeds_on_the_last_message()
    {
        var reply = new Reply { Markdown = "Summary", Sections = [new ReplySection("TLDR", "Short."), new ReplySection("Takeaways", "- one\n- two")] };

        var message = Assert.Single(DiscordReplyRenderer.Render(reply)).Message;

        Assert.Equal(["TLDR", "Takeaways"], message.Embeds!.Select(e => e.Title));
        Assert.Equal("- one\n- two", message.Embeds![1].Description);
    }

    [Fact]
    public void Embeds_stay_within_their_limits_however_long_the_sections()
    {
        var sections = Enumerable.Range(0, 14).Select(i => new ReplySection(new string('T', 300), string.Join("\n\n", Enumerable.Repeat(new string('d', 900), 6)))).ToList();

        var messages = DiscordReplyRenderer.Render(new Reply { Markdown = "x", Sections = sections }).Select(m => m.Message).ToList();

        Assert.All(messages, m =>
        {
            var embeds = m.Embeds ?? [];
            Assert.True(embeds.Count <= 10);
            Assert.True(embeds.Sum(e => (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0)) <= 6000);
            Assert.All(embeds, e =>
            {
                Assert.True(e.Title!.Length <= 256);
                Assert.True(e.Description!.Length <= 4096);
            });
        });
        Assert.Equal(14 * 6 * 900, messages.SelectMany(m => m.Embeds ?? []).Sum(e => e.Description!.Count(c => c == 'd')));
    }

    [Fact]
    public void Buttons_come_in_rows_of_five_at_most_twenty_five_and_the_rest_as_text()
    {
        var buttons = Enumerable.Range(0, 27).Select(i => new ReplyButton($"Button {i}", $"/cmd {i}")).ToList();

        var message = Assert.Single(DiscordReplyRenderer.Render(new Reply { Markdown = "Pick", Buttons = buttons })).Message;

        Assert.Equal([5, 5, 5, 5, 5], message.Components!.Select(r => r.Components.Count));
        Assert.Equal("/cmd 0", message.Components![0].Components[0].CustomId);
        Assert.Contains("- Button 25: `/cmd 25`", message.Content, StringComparison.Ordinal);
        Assert.Contains("- Button 26: `/cmd 26`", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_whose_command_is_too_long_for_a_custom_id_is_listed_as_text()
    {
        var longCommand = "/translate https://www.youtube.com/watch?v=osKyvYJ3PRM&list=" + new string('L', 80);

        var message = Assert.Single(DiscordReplyRenderer.Render(new Reply { Markdown = "Done", Buttons = [new ReplyButton("Translate", longCommand), new ReplyButton("Help", "/help")] })).Message;

        var button = Assert.Single(Assert.Single(message.Components!).Components);
        Assert.Equal("/help", button.CustomId);
        Assert.Contains(longCommand, message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_and_files_go_on_the_last_message_of_a_long_reply()
    {
        var reply = new Reply
        {
            Markdown = string.Join("\n\n", Enumerable.Repeat(new string('z', 1500), 3)),
            Buttons = [new ReplyButton("Summarize", "/summarize x")],
            Files = [new ReplyFile("a.srt", "application/x-subrip", new byte[] { 1, 2, 3 })],
        };

        var messages = DiscordReplyRenderer.Render(reply);

        Assert.Equal(3, messages.Count);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Message.Components));
        Assert.NotNull(messages[^1].Message.Components);
        Assert.Equal("a.srt", Assert.Single(messages[^1].Files).FileName);
    }

    [Fact]
    public void More_than_ten_files_spill_into_further_messages()
    {
        var files = Enumerable.Range(0, 13).Select(i => new ReplyFile($"{i}.srt", "application/x-subrip", new byte[] { 1 })).ToList();

        var messages = DiscordReplyRenderer.Render(new Reply { Markdown = "Files", Files = files });

        Assert.Equal([10, 3], messages.Select(m => m.Files.Count));
    }

    [Fact]
    public void A_file_over_discords_size_limit_is_named_instead_of_sent()
    {
        var big = new ReplyFile("huge.srt", "application/x-subrip", new byte[11 * 1024 * 1024]);

        var message = Assert.Single(DiscordReplyRenderer.Render(new Reply { Markdown = "Here", Files = [big] }));

        Assert.Empty(message.Files);
        Assert.Contains("huge.srt", message.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_shows_its_step_within_the_content_limit()
    {
        Assert.Equal("⏳ Translating (3/8)", DiscordReplyRenderer.Progress(new ProgressUpdate("Translating", 3, 8)).Content);
        Assert.Equal(2000, DiscordReplyRenderer.Progress(new ProgressUpdate(new string('x', 3000))).Content!.Length);
    }
}
