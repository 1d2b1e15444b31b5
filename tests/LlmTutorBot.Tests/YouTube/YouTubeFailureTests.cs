using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Every failure reaches the user as a clear message saying what to do, in their language.</summary>
public sealed class YouTubeFailureTests(RedisFixture redis)
{
    private const string Url = "https://youtu.be/An8vtD1FDqs";

    // Each recorded response is served for its own video (a response for another video is refused as such).
    [Theory]
    [InlineData("jdepoix", "youtube_age_restricted.innertube.json.static", "Njp5uhTorCo", "age-restricted")]
    [InlineData("jdepoix", "youtube_request_blocked.innertube.json.static", "An8vtD1FDqs", "YouTube:Proxy")]
    [InlineData("jdepoix", "youtube_video_unavailable.innertube.json.static", "An8vtD1FDqs", "unavailable")]
    [InlineData("jdepoix", "youtube_transcripts_disabled.innertube.json.static", "dsMFmonKDD4", "no captions")]
    [InlineData("newpipe", "player_it3OtbTxQk0_unplayable_no_captions.response.json", "it3OtbTxQk0", "unavailable")]
    public async Task A_recorded_refusal_by_every_client_becomes_a_message_that_says_what_to_do(string folder, string file, string video, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded(folder, file);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize https://youtu.be/{video}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.Ordinal);
        Assert.False(reply.Confident);
        Assert.Empty(youtube.CaptionQueries);
    }

    [Fact]
    public async Task Tracks_that_all_need_a_po_token_are_explained()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json")
            .Replace("&key=yt8", "&exp=xpe&key=yt8", StringComparison.Ordinal);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains("token I cannot produce", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS", "WEB", "ANDROID_VR", "ANDROID"], youtube.PlayerClients);
        Assert.Empty(youtube.CaptionQueries);
    }

    [Fact]
    public async Task An_empty_caption_body_is_read_as_a_po_token_refusal()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json");
        youtube.Captions = _ => null;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}", "fr-FR")).Reply;

        Assert.Contains("jeton", reply.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429, "YouTube:Proxy")]
    [InlineData(500, "try again in a minute")]
    public async Task An_http_refusal_of_the_player_becomes_a_message(int status, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerStatus = status;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_longer_than_the_maximum_is_refused_before_its_captions_are_fetched()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:MaxDuration"] = "00:02:00" });

        var reply = (await bot.SendAsync($"/summarize {Url}", "zh-CN")).Reply;

        Assert.Contains("超出了我能处理的时长", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("00:02:00", reply.Markdown, StringComparison.Ordinal);
        Assert.Empty(youtube.CaptionQueries);
    }

    [Fact]
    public async Task Youtube_being_unreachable_is_a_polite_message()
    {
        using var bot = new YouTubeBot(redis.ConnectionString, "http://" + BotServices.UnreachableRedis().Split(',')[0]);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains("could not reach YouTube", reply.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/summarize https://evil.example/watch?v=An8vtD1FDqs", "is not a YouTube link")]
    [InlineData("/translate https://youtu.be/An8vtD1FDqs klingon!", "is not a language code")]
    public async Task Bad_arguments_are_explained_without_any_request(string text, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync(text)).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.Ordinal);
        Assert.Empty(youtube.PlayerClients);
    }
}
