using System.Net;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.YouTube;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Security;

/// <summary>
/// Result file links carry 256 random bits and expire with their Redis key (the store's clock is Redis's TTL, so the
/// test reads the TTL rather than waiting); a file the store cannot reach answers 503 with a reason, never a 500.
/// </summary>
public sealed class ResultFileLinkTests(RedisFixture redis)
{
    private const string PublicAddress = "https://bot.example.test";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_are_256_random_bits_never_repeated()
    {
        await using var app = await StartAsync(redis.ConnectionString);
        var store = app.Services.GetRequiredService<ResultFileStore>();

        var ids = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var (_, url) = (await store.PublishAsync([new ReplyFile("a.srt", "application/x-subrip", "1"u8.ToArray())])).Single();
            ids.Add(url.Segments[^2].TrimEnd('/'));
        }

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{43}$", id));
        Assert.All(ids, id => Assert.Equal(32, Convert.FromBase64String(id.Replace('-', '+').Replace('_', '/') + "=").Length));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        // 200 ids × 43 characters: each of the 64 characters turns up, as it would from random bits.
        Assert.Equal(64, ids.SelectMany(id => id[..42]).Distinct().Count());
    }

    [Fact]
    public async Task A_link_expires_with_its_key_after_the_configured_time()
    {
        await using var app = await StartAsync(redis.ConnectionString, ("YouTube:FileTtl", "02:00:00"));
        using var http = new HttpClient();
        var store = app.Services.GetRequiredService<ResultFileStore>();
        var (_, url) = (await store.PublishAsync([new ReplyFile("a.srt", "application/x-subrip", "1"u8.ToArray())])).Single();
        var id = url.Segments[^2].TrimEnd('/');
        var local = url.ToString().Replace(PublicAddress, Address(app), StringComparison.Ordinal);
        var database = await app.Services.GetRequiredService<RedisConnection>().GetDatabaseAsync();
        var key = app.Services.GetRequiredService<YouTubeKeys>().Files(id);

        var ttl = await database.KeyTimeToLiveAsync(key);
        using var before = await http.GetAsync(new Uri(local), Cancel);
        await database.KeyDeleteAsync(key);
        using var after = await http.GetAsync(new Uri(local), Cancel);

        Assert.True(ttl is { } left && left > TimeSpan.FromHours(1.9) && left <= TimeSpan.FromHours(2), $"The file's key expires in {ttl}.");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains("expired", await after.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_redis_down_a_file_link_answers_503_with_a_reason()
    {
        await using var app = await StartAsync(BotServices.UnreachableRedis());
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri($"{Address(app)}/files/{new string('a', 43)}/a.srt"), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("try the link again", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static Task<WebApplication> StartAsync(string redisConnection, params (string Key, string? Value)[] settings) =>
        ResultFilesHost.StartAsync(redisConnection, PublicAddress, settings);

    private static string Address(WebApplication app) => ResultFilesHost.Address(app);
}
