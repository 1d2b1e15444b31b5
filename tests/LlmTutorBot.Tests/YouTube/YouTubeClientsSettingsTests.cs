using LlmTutorBot.Cli;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>YouTube:Clients as settings (validated at start-up, used in order), cookies per client, and "youtube check".</summary>
public sealed class YouTubeClientsSettingsTests(RedisFixture redis)
{
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";

    [Theory]
    [InlineData("YouTube:Clients:0:Colour", "blue", "YouTube:Clients:0:Colour is not a client field")]
    [InlineData("YouTube:Clients:0:Version", "", "YouTube:Clients:0:Version is required")]
    public async Task A_bad_client_entry_stops_the_start_up_naming_the_setting(string key, string value, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["YouTube:Clients:0:Name"] = "WEB",
            ["YouTube:Clients:0:Id"] = "1",
            ["YouTube:Clients:0:Version"] = "2.20260708.00.00",
            ["YouTube:Clients:0:UserAgent"] = "Mozilla/5.0",
            [key] = value,
        };
        var error = Assert.Throws<OptionsValidationException>(() => new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings).Dispose());

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_client_list_stops_the_start_up()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        var error = Assert.Throws<OptionsValidationException>(() => new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:Clients"] = "" }).Dispose());

        Assert.Contains(error.Failures, f => f.StartsWith("YouTube:Clients is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configured_client_list_replaces_the_built_in_one_with_its_own_id_and_version()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        var settings = new Dictionary<string, string?>
        {
            ["YouTube:Clients:0:Name"] = "MWEB",
            ["YouTube:Clients:0:Id"] = "2",
            ["YouTube:Clients:0:Version"] = "2.20991231.00.00",
            ["YouTube:Clients:0:UserAgent"] = "Mozilla/5.0 (iPad)",
        };
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);

        var result = await bot.Transcripts.GetAsync(LlmTutorBot.YouTube.Links.VideoId.Parse("An8vtD1FDqs"), null, TestContext.Current.CancellationToken);

        Assert.NotNull(result.Value);
        Assert.Equal([("2", "2.20991231.00.00", "Mozilla/5.0 (iPad)")], youtube.ClientHeaders);
        Assert.Equal(0, youtube.VisitorDataRequests);
    }

    [Fact]
    public async Task Cookies_go_only_to_clients_that_accept_them()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
        youtube.PlayerResponses["WEB"] = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, new Dictionary<string, string?> { ["YouTube:Cookies"] = "SID=abc" });

        await bot.Transcripts.GetAsync(LlmTutorBot.YouTube.Links.VideoId.Parse("An8vtD1FDqs"), null, TestContext.Current.CancellationToken);

        var cookies = youtube.Cookies.ToList();
        Assert.DoesNotContain("SID=abc", cookies[0], StringComparison.Ordinal);
        Assert.Contains("SID=abc", cookies[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cookies_with_no_client_accepting_them_give_a_start_up_warning()
    {
        var options = new YouTubeOptions { Cookies = "SID=abc", Clients = [.. InnerTubeClientProfiles.Defaults.Where(c => !c.AcceptsCookies)] };

        var warning = Assert.Single(YouTubeStartupCheck.Warnings(options));

        Assert.Contains("AcceptsCookies", warning, StringComparison.Ordinal);
        Assert.Empty(YouTubeStartupCheck.Warnings(new YouTubeOptions { Cookies = "SID=abc" }));
    }

    [Fact]
    public async Task Youtube_check_prints_a_line_per_client_and_succeeds_when_one_gets_captions()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        using var output = new StringWriter();

        var code = await new YouTubeCliTool().RunAsync(bot.Services, ["check", "https://youtu.be/An8vtD1FDqs"], output, TextWriter.Null, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(5, lines.Length);
        Assert.Matches(@"^VISIONOS\s+1\.02\s+status LOGIN_REQUIRED\s+tracks 0\s+captions no \(Blocked: Sign in to confirm", lines[0]);
        Assert.Matches(@"^WEB\s+2\.20260708\.00\.00\s+status OK\s+tracks 2 \(en, en \(auto\)\)\s+captions yes \(3 lines, en\)\s+\d+ ms", lines[1]);
        Assert.StartsWith("3 of 4 clients got captions", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Youtube_check_fails_when_no_client_gets_captions()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        using var output = new StringWriter();

        var code = await new YouTubeCliTool().RunAsync(bot.Services, ["check", "An8vtD1FDqs"], output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        Assert.Contains("No client got captions", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, youtube.PlayerClients.Count);
    }
}
