using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>
/// The first client (VISIONOS) refused in each way a client can be, recorded responses replayed per client name:
/// the second (WEB) answers and the user gets the transcript; answers every client would give stop at the first.
/// </summary>
public sealed class ClientFallbackTests(RedisFixture redis)
{
    private const string Video = "An8vtD1FDqs";
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";

    public static TheoryData<string> Refusals() =>
    [
        "LOGIN_REQUIRED (not a bot)",
        "UNPLAYABLE",
        "ERROR",
        "HTTP 403 on the player",
        "HTTP 429 on the player",
        "an answer for another video",
        "no caption list",
        "only PO-token tracks",
        "an empty caption body",
        "HTTP 403 on the captions",
        "HTTP 429 on the captions",
        "an HTML caption body",
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task When_the_first_client_is_refused_the_second_gives_the_transcript(string refusal)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerResponses["WEB"] = FakeYouTube.Recorded("newpipe", Makani);
        Refuse(youtube, refusal);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var result = await bot.Transcripts.GetAsync(VideoId.Parse(Video), null, TestContext.Current.CancellationToken);

        Assert.Null(result.Failure);
        Assert.Equal(Video, result.Value!.Metadata.Id.Value);
        Assert.Equal(3, result.Value.Transcript.Segments.Count);
        Assert.Equal(["VISIONOS", "WEB"], youtube.PlayerClients);
        Assert.Equal([("101", "1.02"), ("1", "2.20260708.00.00")], youtube.ClientHeaders.Select(h => (h.Name, h.Version)));
    }

    [Theory]
    [InlineData("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"This video is private"},"videoDetails":{"videoId":"An8vtD1FDqs","isPrivate":true}}""", "private")]
    [InlineData("""{"playabilityStatus":{"status":"ERROR","reason":"This video has been removed by the uploader"}}""", "removed from YouTube")]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"This content isn’t available, try again later."}}""", "try again in an hour")]
    public async Task An_answer_every_client_would_give_stops_at_the_first_client(string player, string expected)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = player;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize https://youtu.be/{Video}")).Reply;

        Assert.Contains(expected, reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS"], youtube.PlayerClients);
    }

    [Theory]
    [InlineData("AGE_VERIFICATION_REQUIRED")]
    [InlineData("AGE_CHECK_REQUIRED")]
    public async Task An_age_gate_status_is_reported_as_age_restricted_after_every_client_tried(string status)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = $$$"""{"playabilityStatus":{"status":"{{{status}}}","reason":"Sign in to confirm your age"},"videoDetails":{"videoId":"{{{Video}}}"}}""";
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize https://youtu.be/{Video}", "fr-FR")).Reply;

        Assert.Contains("limite d'âge", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS", "WEB", "ANDROID_VR", "ANDROID"], youtube.PlayerClients);
    }

    [Fact]
    public async Task A_refused_youtube_translation_says_so_plainly_and_how_to_get_one()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        youtube.CaptionStatusFor = q => q.ContainsKey("tlang") ? 429 : 200;
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/translate https://youtu.be/{Video} fr")).Reply;

        Assert.Contains("YouTube refused to translate", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("`/translate <link> <language>`", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("(en)", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS"], youtube.PlayerClients.Distinct());
    }

    [Fact]
    public async Task Every_path_ends_in_a_transcript_or_a_message_when_every_client_is_refused()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
        youtube.PlayerResponses["WEB"] = FakeYouTube.Recorded("newpipe", Makani).Replace("&key=yt8", "&exp=xpe&key=yt8", StringComparison.Ordinal);
        youtube.PlayerStatuses["ANDROID_VR"] = 403;
        youtube.PlayerResponses["ANDROID"] = FakeYouTube.Recorded("jdepoix", "youtube_video_unavailable.innertube.json.static");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var reply = (await bot.SendAsync($"/summarize https://youtu.be/{Video}")).Reply;

        // The most telling failure: the captions exist but need a token, not "removed or a wrong link".
        Assert.Contains("token I cannot produce", reply.Markdown, StringComparison.Ordinal);
        Assert.Equal(["VISIONOS", "WEB", "ANDROID_VR", "ANDROID"], youtube.PlayerClients);
        Assert.Empty(youtube.CaptionQueries);
    }

    private static void Refuse(FakeYouTube youtube, string refusal)
    {
        var firstCaption = 0;
        bool First() => Interlocked.Increment(ref firstCaption) == 1;
        var makani = FakeYouTube.Recorded("newpipe", Makani);
        switch (refusal)
        {
            case "LOGIN_REQUIRED (not a bot)":
                youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_request_blocked.innertube.json.static");
                break;
            case "UNPLAYABLE":
                youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("newpipe", "player_it3OtbTxQk0_unplayable_no_captions.response.json").Replace("it3OtbTxQk0", Video, StringComparison.Ordinal);
                break;
            case "ERROR":
                youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_video_unavailable.innertube.json.static");
                break;
            case "HTTP 403 on the player":
                youtube.PlayerStatuses["VISIONOS"] = 403;
                break;
            case "HTTP 429 on the player":
                youtube.PlayerStatuses["VISIONOS"] = 429;
                break;
            case "an answer for another video":
                youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_ww1_nl_en.innertube.json.static");
                break;
            case "no caption list":
                youtube.PlayerResponses["VISIONOS"] = FakeYouTube.Recorded("jdepoix", "youtube_transcripts_disabled.innertube.json.static").Replace("dsMFmonKDD4", Video, StringComparison.Ordinal);
                break;
            case "only PO-token tracks":
                youtube.PlayerResponses["VISIONOS"] = makani.Replace("&key=yt8", "&exp=xpe&key=yt8", StringComparison.Ordinal);
                break;
            case "an empty caption body":
                youtube.PlayerResponses["VISIONOS"] = makani;
                youtube.Captions = _ => First() ? null : TimedTextBodies.Json3(TimedTextBodies.Sample);
                break;
            case "HTTP 403 on the captions":
                youtube.PlayerResponses["VISIONOS"] = makani;
                youtube.CaptionStatusFor = _ => First() ? 403 : 200;
                break;
            case "HTTP 429 on the captions":
                youtube.PlayerResponses["VISIONOS"] = makani;
                youtube.CaptionStatusFor = _ => First() ? 429 : 200;
                break;
            case "an HTML caption body":
                youtube.PlayerResponses["VISIONOS"] = makani;
                youtube.Captions = _ => First() ? "<!DOCTYPE html><html><body>Before you continue to YouTube</body></html>" : TimedTextBodies.Json3(TimedTextBodies.Sample);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Unknown refusal");
        }
    }
}
