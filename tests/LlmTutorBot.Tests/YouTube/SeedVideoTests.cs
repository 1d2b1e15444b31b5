using System.Text;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The seed video works with no network, from the bundled transcript; questions in its thread are answered from it.</summary>
public sealed class SeedVideoTests(RedisFixture redis)
{
    // Nothing listens there: any request to YouTube would fail the reply.
    private static string NoYouTube() => "http://" + BotServices.UnreachableRedis().Split(',')[0];

    [Fact]
    public async Task The_seed_video_is_summarized_offline_from_the_bundled_copy()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var reply = (await bot.SendAsync("/summarize https://www.youtube.com/watch?v=osKyvYJ3PRM")).Reply;

        Assert.Equal("📺 Simple Introduction to Large Language Models", reply.ThreadTitle);
        Assert.Contains("bundled copy", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("estimated", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("https://youtu.be/osKyvYJ3PRM?t=", reply.Sections.Single(s => s.Title == "Outline").Markdown, StringComparison.Ordinal);
        Assert.Contains("vector databases", reply.Sections.Single(s => s.Title == "Keywords").Markdown, StringComparison.OrdinalIgnoreCase);

        // What the learner reads reaches the end of the video: the outline and the takeaways link into its last third.
        foreach (var title in new[] { "Outline", "Takeaways" })
        {
            var seconds = System.Text.RegularExpressions.Regex.Matches(reply.Sections.Single(s => s.Title == title).Markdown, @"\?t=(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(seconds.Max() >= 28 * 60 * 2 / 3, $"The {title} stops at {seconds.Max()} s of a 28-minute video.");
        }
    }

    [Fact]
    public async Task The_seed_video_is_translated_to_french_offline_with_files()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var reply = (await bot.SendAsync("/translate https://youtu.be/osKyvYJ3PRM fr")).Reply;

        Assert.Contains("bundled copy of YouTube's French translation", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(3, reply.Files.Count);
        var srt = Encoding.UTF8.GetString(reply.Files[0].Content.Span);
        Assert.StartsWith("1\n00:00:00,000 --> ", srt, StringComparison.Ordinal);
        Assert.Contains("Cette vidéo va vous donner tout ce dont vous avez besoin", srt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_in_french_says_the_summary_is_in_english_and_offers_the_translation()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var reply = (await bot.SendAsync("/summarize https://youtu.be/osKyvYJ3PRM", "fr-FR")).Reply;

        Assert.Equal(["En bref", "À retenir", "Plan", "Mots-clés", "Moments forts"], reply.Sections.Select(s => s.Title));
        Assert.Contains("Vous avez demandé le français", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Command == "/translate https://youtu.be/osKyvYJ3PRM fr");
    }

    [Fact]
    public async Task A_posted_link_is_summarized_and_questions_in_its_thread_are_answered_from_the_transcript()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var summary = await bot.SendAsync("look at this <https://youtu.be/osKyvYJ3PRM?si=zLg-od7MQ6QEKVxA>");
        var answer = await bot.SendAsync("what does he say about fine tuning?");

        Assert.Equal("video-link", summary.Intent);
        Assert.Equal("video-question", answer.Intent);
        Assert.Contains("Simple Introduction to Large Language Models", answer.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("fine", answer.Reply.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://youtu.be/osKyvYJ3PRM?t=", answer.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_transcript_cannot_answer_says_so()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());
        await bot.SendAsync("/summarize osKyvYJ3PRM");

        var answer = await bot.SendAsync("zygomorphic xylophones?");

        Assert.Equal("video-question", answer.Intent);
        Assert.Contains("did not find that", answer.Reply.Markdown, StringComparison.Ordinal);
        Assert.False(answer.Reply.Confident);
    }

    [Fact]
    public async Task Without_a_current_video_a_question_is_left_to_other_handlers()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var result = await bot.SendAsync("what does he say about fine tuning?");

        Assert.NotEqual("video-question", result.Intent);
    }

    [Fact]
    public async Task Several_links_in_a_message_summarize_the_first_and_offer_the_others()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, NoYouTube());

        var reply = (await bot.SendAsync("https://youtu.be/osKyvYJ3PRM and [that](https://www.youtube.com/shorts/An8vtD1FDqs)")).Reply;

        Assert.Contains("bundled copy", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Command == "/summarize https://youtu.be/An8vtD1FDqs");
    }
}
