using LlmTutorBot.Tests.Fuzz;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>
/// YouTube failing in the ways the recorded refusals do not show (caption errors, bodies that are not what was
/// asked for, a server that stops answering): each becomes a message that says what to do, and no turn fails.
/// </summary>
public sealed class YouTubeFaultTests(RedisFixture redis)
{
    private const string Url = "https://youtu.be/dQw4w9WgXcQ";
    private const string TryAgain = "try again in a minute";

    [Theory]
    [InlineData(500, TryAgain)]
    [InlineData(503, TryAgain)]
    [InlineData(429, "YouTube:Proxy")]
    public async Task A_caption_request_refused_by_status_becomes_a_message(int status, string expected)
    {
        await using var youtube = await PlayableAsync();
        youtube.CaptionStatus = status;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(youtube.CaptionQueries);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Our systems have detected unusual traffic</body></html>", "YouTube:Proxy")]
    [InlineData("<html><head></head><body><form action=\"https://consent.youtube.com/s\"></form></body></html>", "YouTube:Cookies")]
    [InlineData("{\"events\": [{\"segs\": ", TryAgain)]
    [InlineData("\u0000\u0001 binary", TryAgain)]
    public async Task A_caption_body_that_is_not_captions_becomes_a_message(string body, string expected)
    {
        await using var youtube = await PlayableAsync();
        youtube.Captions = _ => body;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<html><body>Before you continue to YouTube</body></html>", "YouTube:Proxy")]
    [InlineData("{\"playabilityStatus\": ", TryAgain)]
    [InlineData("[]", TryAgain)]
    public async Task A_player_body_that_is_not_a_player_response_becomes_a_message(string body, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = body;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_youtube_that_stops_answering_times_out_into_a_message()
    {
        await using var youtube = await PlayableAsync();
        await using var proxy = new StallingProxy(youtube.BaseUrl.Replace("http://", "", StringComparison.Ordinal).TrimEnd('/'));
        proxy.Stall();
        using var bot = new YouTubeBot(redis.ConnectionString, $"http://{proxy.Endpoint}", new Dictionary<string, string?> { ["YouTube:RequestTimeout"] = "00:00:01", ["YouTube:MaxRetries"] = "0" });

        var reply = (await bot.SendAsync($"/summarize {Url}")).Reply;

        Assert.Contains(TryAgain, reply.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(youtube.CaptionQueries);
    }

    private static async Task<FakeYouTube> PlayableAsync()
    {
        var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FuzzSeeds.PlayerResponses[0];
        return youtube;
    }
}
