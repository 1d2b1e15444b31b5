using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Retries with backoff and jitter, the per-minute fetch limit, the negative cache, and a proxy that asks for credentials.</summary>
public sealed class GoodCitizenTests(RedisFixture redis)
{
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";
    private const string Url = "https://youtu.be/An8vtD1FDqs";

    [Fact]
    public async Task A_5xx_answer_is_retried_after_a_growing_jittered_delay_and_then_succeeds()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        var failures = 2;
        youtube.CaptionStatusFor = _ => Interlocked.Decrement(ref failures) >= 0 ? 503 : 200;
        var clock = new InstantDelays();
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:RetryBaseDelay", "00:00:00.500")), s => s.AddSingleton<TimeProvider>(clock));

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains("the uploader's English captions", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(3, youtube.CaptionQueries.Count);
        var delays = clock.Delays.ToList();
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0].TotalMilliseconds, 250, 750);
        Assert.InRange(delays[1].TotalMilliseconds, 500, 1500);
    }

    [Fact]
    public async Task A_youtube_that_keeps_failing_is_asked_max_retries_more_times_then_the_user_is_told()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerStatus = 503;
        var clock = new InstantDelays();
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:MaxRetries", "2")), s => s.AddSingleton<TimeProvider>(clock));

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains("try again in a minute", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS", "VISIONOS", "VISIONOS"], youtube.PlayerClients);
    }

    [Fact]
    public async Task Ten_people_posting_the_same_broken_link_make_one_round_of_requests()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("jdepoix", "youtube_video_unavailable.innertube.json.static");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        for (var i = 0; i < 10; i++)
        {
            Assert.Contains("unavailable", (await bot.SendAsync($"/summarize {Url}")).Reply.Markdown, StringComparison.Ordinal);
        }

        Assert.Equal(4, youtube.PlayerClients.Count);
    }

    [Fact]
    public async Task Without_the_negative_cache_each_post_of_a_broken_link_asks_again()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("jdepoix", "youtube_video_unavailable.innertube.json.static");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:FailureCacheTtl", "00:00:00")));

        await bot.SendAsync($"/summarize {Url}");
        await bot.SendAsync($"/summarize {Url}");

        Assert.Equal(8, youtube.PlayerClients.Count);
    }

    [Fact]
    public async Task Above_the_fetch_limit_the_user_is_asked_to_try_again_in_a_few_seconds_and_youtube_is_not_asked()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:MaxFetchesPerMinute", "1")));

        await bot.SendAsync($"/summarize {Url}", "zh-CN");
        var second = (await bot.SendAsync("/summarize https://youtu.be/M4gD1WSo5mA", "zh-CN")).Reply;

        Assert.Matches("请 ([1-9]|[1-5][0-9]|60) 秒后再试", second.Markdown);
        Assert.Single(youtube.PlayerClients);
    }

    [Fact]
    public async Task A_proxy_url_with_credentials_authenticates_with_the_decoded_user_and_password()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        await using var proxy = new AuthenticatingProxy("tutor", "p@ss:w rd");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:Proxy", $"http://tutor:p%40ss%3Aw%20rd@{proxy.Endpoint}")));

        var result = await bot.Transcripts.GetAsync(LlmTutorBot.YouTube.Links.VideoId.Parse("An8vtD1FDqs"), null, TestContext.Current.CancellationToken);

        Assert.True(result.Value is not null, $"{result.Failure}");
        Assert.True(proxy.Forwarded >= 2, $"{proxy.Forwarded} requests went through the proxy");
        Assert.Contains(proxy.Authorizations, a => a.StartsWith("Basic ", StringComparison.Ordinal));
        Assert.Equal(proxy.Forwarded, youtube.Requests);
    }

    [Fact]
    public async Task A_proxy_that_wants_credentials_the_setting_lacks_becomes_a_polite_message()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        await using var proxy = new AuthenticatingProxy("tutor", "secret");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, Settings(("YouTube:Proxy", $"http://{proxy.Endpoint}")));

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains("try again in a minute", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(0, proxy.Forwarded);
        Assert.Equal(0, youtube.Requests);
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => (string?)s.Value);
}
