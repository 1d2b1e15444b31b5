using System.Text;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Handlers;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Subtitles;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The whole flow against a fake YouTube on loopback replaying recorded player responses, with Redis.</summary>
public sealed class YouTubeFlowTests(RedisFixture redis)
{
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";

    [Fact]
    public async Task A_summary_is_built_from_the_captions_in_the_videos_thread()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        youtube.Captions = _ => TimedTextBodies.Json3(TimedTextBodies.Long(TimeSpan.FromMinutes(3)));
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var result = await bot.SendAsync("/summarize https://www.youtube.com/watch?v=An8vtD1FDqs&t=10s");

        var reply = result.Reply;
        Assert.Equal("summarize", result.Intent);
        Assert.Equal("📺 Makani’s first commercial-scale energy kite", reply.ThreadTitle);
        Assert.Equal(["TLDR", "Takeaways", "Outline", "Keywords", "Highlights"], reply.Sections.Select(s => s.Title));
        Assert.Contains("https://youtu.be/An8vtD1FDqs?t=", reply.Sections[2].Markdown, StringComparison.Ordinal);
        Assert.Contains("the uploader's English captions", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Command == "/translate https://youtu.be/An8vtD1FDqs fr");
        Assert.All(reply.Sections, s => Assert.InRange(s.Markdown.Length, 1, VideoReplies.MaxSectionLength));
        Assert.Equal([1, 2], bot.Progress.Updates.Select(u => u.Step ?? 0));
        Assert.All(bot.Progress.Updates, u => Assert.Equal(3, u.TotalSteps));
        var query = Assert.Single(youtube.CaptionQueries);
        Assert.Contains("fmt=json3", query, StringComparison.Ordinal);
        Assert.Contains("lang=en", query, StringComparison.Ordinal);
        Assert.DoesNotContain("kind=asr", query, StringComparison.Ordinal);
        Assert.DoesNotContain("tlang", query, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS"], youtube.PlayerClients);
        Assert.Equal(("101", "1.02"), youtube.ClientHeaders.Select(h => (h.Name, h.Version)).Single());
        Assert.Contains("SOCS=", youtube.Cookies.First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_uses_youtubes_tlang_and_carries_subtitle_files_with_the_original_timings()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        youtube.Captions = q => q.ContainsKey("tlang")
            ? TimedTextBodies.Json3([(0, 1540, "Bonjour, ceci est généré"), (1540, 4160, "une deuxième ligne")])
            : TimedTextBodies.Json3([(0, 1540, "Hello, this is generated"), (1540, 4160, "a second line")]);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync("/translate https://youtu.be/An8vtD1FDqs fr")).Reply;

        Assert.Contains(youtube.CaptionQueries, q => q.Contains("tlang=fr", StringComparison.Ordinal));
        Assert.Contains("&tlang=fr", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["An8vtD1FDqs.fr.srt", "An8vtD1FDqs.fr.vtt", "An8vtD1FDqs.en-fr.txt"], reply.Files.Select(f => f.FileName));
        var srt = SubtitleParser.Parse(Encoding.UTF8.GetString(reply.Files[0].Content.Span))!;
        Assert.Equal(TimeSpan.FromMilliseconds(1540), srt[1].Start);
        Assert.Equal("une deuxième ligne", srt[1].Text);
        Assert.Contains("Hello, this is generated\n        Bonjour, ceci est généré", Encoding.UTF8.GetString(reply.Files[2].Content.Span), StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Command.StartsWith("/summarize https://youtu.be/An8vtD1FDqs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_repeated_request_is_served_from_the_cache()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        await bot.SendAsync("/summarize https://youtu.be/An8vtD1FDqs");
        var second = await bot.SendAsync("/summarize https://youtu.be/An8vtD1FDqs");

        Assert.Single(youtube.PlayerClients);
        Assert.Single(youtube.CaptionQueries);
        Assert.Contains("(from the cache)", second.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_video_fetch_it_once()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        var id = VideoId.Parse("An8vtD1FDqs");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => bot.Transcripts.GetAsync(id, null, TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.Equal(3, r.Value!.Transcript.Segments.Count));
        Assert.Single(youtube.PlayerClients);
        Assert.Single(youtube.CaptionQueries);
    }

    [Fact]
    public async Task The_next_client_is_asked_when_the_first_is_refused_and_both_send_the_visitor_data_fetched_once()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
        youtube.PlayerResponses["WEB"] = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var result = await bot.Transcripts.GetAsync(VideoId.Parse("An8vtD1FDqs"), null, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Value);
        Assert.Equal(["VISIONOS", "WEB"], youtube.PlayerClients);
        Assert.Equal([FakeYouTube.DefaultVisitorData, FakeYouTube.DefaultVisitorData], youtube.VisitorIds);
        Assert.Equal(1, youtube.VisitorDataRequests);
    }
}
