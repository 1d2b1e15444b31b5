using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.Replicas;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>The transcript cache through HybridCache: memory first, Redis second, one fetch per process at a time.</summary>
public sealed class TranscriptCacheTests(RedisFixture redis)
{
    private const string Makani = "player_An8vtD1FDqs_en_manual+asr.response.json";

    private static readonly VideoId MakaniId = VideoId.Parse("An8vtD1FDqs");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_transcript_is_stored_in_redis_with_a_ttl_and_another_process_reads_it_back_whole()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        var settings = new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() };
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);
        using var other = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);
        var cache = bot.Get<TranscriptCache>();
        var key = cache.Keys.Transcript(MakaniId, "en", "fr");
        var stored = new VideoTranscript(
            new VideoMetadata(MakaniId, "Title", "Channel", TimeSpan.FromSeconds(175)),
            new Transcript { Language = "fr", Source = TranscriptSource.YouTubeTranslation, TranslatedFrom = "en", Segments = [new(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(2), "Bonjour")] })
        { Notes = ["a note"] };

        await cache.SetAsync(key, stored);
        var read = (await other.Get<TranscriptCache>().GetOrFetchAsync(MakaniId, "en", "fr", _ => throw new InvalidOperationException("fetched"), Cancel)).Value;
        var database = await bot.Get<LlmTutorBot.Redis.Connection.RedisConnection>().GetDatabaseAsync();
        var ttl = await database.KeyTimeToLiveAsync(key);
        var type = await database.KeyTypeAsync(key);

        Assert.NotNull(read);
        Assert.True(read.FromCache);
        Assert.Equal(stored.Transcript.Segments, read.Transcript.Segments);
        Assert.Equal((stored.Metadata.Title, stored.Metadata.Channel, stored.Metadata.Duration), (read.Metadata.Title, read.Metadata.Channel, read.Metadata.Duration));
        Assert.Equal(("fr", TranscriptSource.YouTubeTranslation, "en"), (read.Transcript.Language, read.Transcript.Source, read.Transcript.TranslatedFrom));
        Assert.Equal(["a note"], read.Notes);
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
        Assert.Equal(StackExchange.Redis.RedisType.Hash, type); // what the key's "v2" keeps apart from the earlier strings
        Assert.StartsWith(cache.Keys.Prefix + "yt:v2:transcript:An8vtD1FDqs:en:fr", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_for_one_video_at_once_in_one_process_share_one_fetch_and_none_of_them_says_cached()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        youtube.BeforePlayer = cancellationToken => release.Task.WaitAsync(cancellationToken);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);

        var requests = Enumerable.Range(0, 5).Select(_ => bot.Transcripts.GetAsync(MakaniId, null, Cancel)).ToList();
        await Eventually.WaitAsync(() => !youtube.PlayerClients.IsEmpty, "the first fetch reaching YouTube");
        release.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Single(youtube.PlayerClients);
        Assert.All(results, r => Assert.NotNull(r.Value));
        Assert.All(results, r => Assert.False(r.Value!.FromCache));
    }

    [Fact]
    public async Task Two_processes_asking_for_one_video_at_the_same_moment_fetch_it_once_each_and_later_requests_hit_the_cache()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        youtube.BeforePlayer = cancellationToken => release.Task.WaitAsync(cancellationToken);
        var settings = new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() };
        using var first = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);
        using var second = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);

        var one = first.Transcripts.GetAsync(MakaniId, null, Cancel);
        var two = second.Transcripts.GetAsync(MakaniId, null, Cancel);
        await Eventually.WaitAsync(() => youtube.PlayerClients.Count >= 2, "both processes fetching");
        release.SetResult();
        await Task.WhenAll(one, two);
        using var third = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);
        var later = await third.Transcripts.GetAsync(MakaniId, null, Cancel);

        // No lock across processes (docs/deployment.md): each replica fetches once, then every one reads the cache.
        Assert.Equal(2, youtube.PlayerClients.Count);
        Assert.True(later.Value!.FromCache);
    }

    [Fact]
    public async Task A_failure_is_remembered_so_the_same_broken_link_asks_youtube_once_even_from_another_process()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("jdepoix", "youtube_video_unavailable.innertube.json.static");
        var settings = new Dictionary<string, string?> { ["State:KeyPrefix"] = RedisFixture.UniquePrefix() };
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);
        using var other = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl, settings);

        var first = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);
        var asked = youtube.PlayerClients.Count;
        var again = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);
        var elsewhere = await other.Transcripts.GetAsync(MakaniId, null, Cancel);

        Assert.Equal(VideoFailureKind.Unavailable, first.Failure!.Kind);
        Assert.Equal(first.Failure, again.Failure);
        Assert.Equal(first.Failure, elsewhere.Failure);
        Assert.Equal(asked, youtube.PlayerClients.Count);
    }

    [Fact]
    public async Task With_redis_down_a_video_is_still_fetched_and_a_repeat_is_served_from_memory()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(BotServices.UnreachableRedis(), youtube.BaseUrl);

        var first = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);
        var again = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);

        Assert.False(first.Value!.FromCache);
        Assert.True(again.Value!.FromCache);
        Assert.Single(youtube.PlayerClients);
    }

    [Fact]
    public async Task Lookups_are_counted_as_hits_and_misses_for_the_cache_hit_rate()
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.DefaultPlayerResponse = FakeYouTube.Recorded("newpipe", Makani);
        using var bot = new YouTubeBot(redis.ConnectionString, youtube.BaseUrl);
        using var meter = new MeterRecorder(bot.Get<IServiceProvider>());

        var first = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);
        var second = await bot.Transcripts.GetAsync(MakaniId, null, Cancel);

        Assert.Equal(first.Value!.Transcript.Segments.Count, second.Value!.Transcript.Segments.Count);
        Assert.Single(youtube.PlayerClients);
        Assert.Equal(1, meter.Sum("llmtutorbot.cache.lookups", ("cache", "youtube.transcript"), ("result", "miss")));
        Assert.Equal(1, meter.Sum("llmtutorbot.cache.lookups", ("cache", "youtube.transcript"), ("result", "hit")));
    }
}
