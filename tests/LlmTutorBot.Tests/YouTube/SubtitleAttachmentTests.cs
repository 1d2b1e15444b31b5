using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>An attached .srt or .vtt file becomes the transcript; it is only downloaded from the allowed hosts.</summary>
public sealed class SubtitleAttachmentTests(RedisFixture redis)
{
    private static readonly string Vtt = SubtitleWriter.ToVtt(
        [.. TimedTextBodies.Long(TimeSpan.FromMinutes(6)).Select(c => new TranscriptSegment(TimeSpan.FromMilliseconds(c.StartMs), TimeSpan.FromMilliseconds(c.DurationMs), c.Text))]);

    [Fact]
    public async Task An_attached_vtt_file_is_summarized_with_plain_timestamps()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.Attachments["talk.vtt"] = Vtt;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:AttachmentHosts"] = "127.0.0.1" });

        var result = await bot.SendAsync("summarize this please", null, Attachment(youtube, "talk.vtt"));

        Assert.Equal("subtitle-file", result.Intent);
        Assert.Contains("the subtitle file you attached", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("talk.vtt", result.Reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("`0:", result.Reply.Sections.Single(s => s.Title == "Outline").Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("youtu.be", result.Reply.Sections.Single(s => s.Title == "Outline").Markdown, StringComparison.Ordinal);
        Assert.Empty(youtube.PlayerClients);
    }

    [Fact]
    public async Task An_attached_file_with_a_link_points_into_that_video_and_makes_it_current()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.Attachments["talk.srt"] = SubtitleWriter.ToSrt(SubtitleParser.Parse(Vtt)!);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:AttachmentHosts"] = "127.0.0.1" });

        var reply = (await bot.SendAsync("here are the subtitles of https://youtu.be/An8vtD1FDqs", null, Attachment(youtube, "talk.srt"))).Reply;
        var next = await bot.SendAsync("what about attention?");

        Assert.Contains("https://youtu.be/An8vtD1FDqs?t=", reply.Sections.Single(s => s.Title == "Outline").Markdown, StringComparison.Ordinal);
        Assert.Equal("video-question", next.Intent);
    }

    [Theory]
    [InlineData("https://evil.example/attachments/talk.vtt", "cannot download it")]
    [InlineData("http://127.0.0.1:1/attachments/talk.vtt", "cannot download it")]
    public async Task A_file_from_a_host_not_allowed_is_never_fetched(string url, string expected)
    {
        using var bot = new YouTubeBot(redis.ConnectionString, "http://127.0.0.1:1", new Dictionary<string, string?> { ["YouTube:AttachmentHosts"] = "cdn.discordapp.com" });

        var reply = (await bot.SendAsync("", null, new InboundAttachment("talk.vtt", "text/vtt", new Uri(url)))).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_no_cue_or_too_big_is_explained()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.Attachments["notes.srt"] = "just notes, no timings";
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:AttachmentHosts"] = "127.0.0.1" });

        var empty = (await bot.SendAsync("", null, Attachment(youtube, "notes.srt"))).Reply;
        var big = (await bot.SendAsync("", null, Attachment(youtube, "notes.srt") with { SizeBytes = 10_000_000 })).Reply;

        Assert.Contains("no timed captions", empty.Markdown, StringComparison.Ordinal);
        Assert.Contains("too big", big.Markdown, StringComparison.Ordinal);
    }

    private static InboundAttachment Attachment(FakeYouTube youtube, string name) =>
        new(name, "text/plain", new Uri($"{youtube.BaseUrl}/attachments/{name}"));
}
