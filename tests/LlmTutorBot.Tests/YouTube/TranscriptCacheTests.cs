using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;
using StackExchange.Redis;

namespace LlmTutorBot.Tests.YouTube;

public sealed class TranscriptCacheTests(RedisFixture redis)
{
    private static readonly VideoId Makani = VideoId.Parse("An8vtD1FDqs");

    [Fact]
    public async Task A_transcript_is_stored_with_a_ttl_and_read_back_whole()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        var cache = bot.Get<TranscriptCache>();
        var key = cache.Keys.Transcript(Makani, "en", "fr");
        var stored = new VideoTranscript(
            new VideoMetadata(Makani, "Title", "Channel", TimeSpan.FromSeconds(175)),
            new Transcript { Language = "fr", Source = TranscriptSource.YouTubeTranslation, TranslatedFrom = "en", Segments = [new(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(2), "Bonjour")] })
        { Notes = ["a note"] };

        await cache.SetAsync(key, stored);
        var read = await cache.GetAsync(key);
        var ttl = await (await bot.Get<LlmTutorBot.Redis.Connection.RedisConnection>().GetDatabaseAsync()).KeyTimeToLiveAsync(key);

        Assert.NotNull(read);
        Assert.True(read.FromCache);
        Assert.Equal(stored.Transcript.Segments, read.Transcript.Segments);
        Assert.Equal((stored.Metadata.Title, stored.Metadata.Channel, stored.Metadata.Duration), (read.Metadata.Title, read.Metadata.Channel, read.Metadata.Duration));
        Assert.Equal(("fr", TranscriptSource.YouTubeTranslation, "en"), (read.Transcript.Language, read.Transcript.Source, read.Transcript.TranslatedFrom));
        Assert.Equal(["a note"], read.Notes);
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
        Assert.StartsWith(cache.Keys.Prefix + "yt:transcript:An8vtD1FDqs:en:fr", key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetch_locked_by_another_process_is_waited_for_instead_of_repeated()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        var cache = bot.Get<TranscriptCache>();
        var db = await bot.Get<LlmTutorBot.Redis.Connection.RedisConnection>().GetDatabaseAsync();
        var lockKey = cache.Keys.FetchLock(Makani, "en", null);
        Assert.True(await db.StringSetAsync(lockKey, "other-process", TimeSpan.FromSeconds(30), When.NotExists));

        var waiting = bot.Transcripts.GetAsync(Makani, null, TestContext.Current.CancellationToken);
        var fromOtherProcess = new VideoTranscript(
            new VideoMetadata(Makani, "Fetched elsewhere", null, TimeSpan.FromSeconds(175)),
            new Transcript { Language = "en", Source = TranscriptSource.Captions, Segments = [new(TimeSpan.Zero, TimeSpan.FromSeconds(1), "hello")] });
        await cache.SetAsync(cache.Keys.Transcript(Makani, "en", null), fromOtherProcess);
        var result = await waiting;

        Assert.Equal("Fetched elsewhere", result.Value!.Metadata.Title);
        Assert.Empty(youtube.PlayerClients);
        Assert.Equal("other-process", (string?)await db.StringGetAsync(lockKey));
    }

    [Fact]
    public async Task Lookups_are_counted_as_hits_and_misses_for_the_cache_hit_rate()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", "player_An8vtD1FDqs_en_manual+asr.response.json");
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        using var meter = new MeterRecorder(bot.Get<IServiceProvider>());

        var first = await bot.Transcripts.GetAsync(Makani, null, TestContext.Current.CancellationToken);
        var second = await bot.Transcripts.GetAsync(Makani, null, TestContext.Current.CancellationToken);

        Assert.Equal(first.Value!.Transcript.Segments.Count, second.Value!.Transcript.Segments.Count);
        Assert.Single(youtube.PlayerClients);
        Assert.Equal(1, meter.Sum("llmtutorbot.cache.lookups", ("cache", "youtube.transcript"), ("result", "miss")));
        Assert.Equal(1, meter.Sum("llmtutorbot.cache.lookups", ("cache", "youtube.transcript"), ("result", "hit")));
    }
}
