using System.Globalization;
using LlmTutorBot.Redis.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Tests.Embedded;

/// <summary>The embedded store keeps what it is given: records beyond its memory go to the data folder and come back.</summary>
public sealed class EmbeddedStoreSpillTests : IDisposable
{
    // The smallest store Garnet accepts: four pages of 64 KB.
    private const string PageSize = "64k";
    private const string MemorySize = "256k";
    private const int ValueBytes = 1024;

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("llmtutorbot-spill-").FullName;

    [Fact]
    public async Task Four_times_the_memory_size_is_read_back_whole_and_again_after_a_restart()
    {
        var options = new EmbeddedRedisOptions { DataDirectory = _dataDirectory, MemorySize = MemorySize, PageSize = PageSize, SegmentSize = "1m" };
        Assert.Equal(MemorySize, StoreSize.Format(options.MinimumMemoryBytes));
        Assert.True(StoreSize.TryParse(MemorySize, out var memory));
        var count = (int)(4 * memory / ValueBytes);

        using (var server = new EmbeddedRedisServer(Options.Create(options), NullLoggerFactory.Instance))
        {
            await using var redis = await ConnectAsync(server);
            var database = redis.GetDatabase();
            for (var batch = 0; batch < count; batch += 256)
            {
                await Task.WhenAll(Enumerable.Range(batch, Math.Min(256, count - batch)).Select(i => database.StringSetAsync(Key(i), Value(i))));
            }

            Assert.Equal(count, await CountIntactAsync(database, count));
        }

        using var restarted = new EmbeddedRedisServer(Options.Create(options), NullLoggerFactory.Instance);
        await using var again = await ConnectAsync(restarted);

        Assert.Equal(count, await CountIntactAsync(again.GetDatabase(), count));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing is left to the OS's temp cleaner.
        }
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(EmbeddedRedisServer server)
    {
        var configuration = ConfigurationOptions.Parse(server.EnsureStarted());
        configuration.Password = server.Password;
        return await ConnectionMultiplexer.ConnectAsync(configuration);
    }

    private static async Task<int> CountIntactAsync(IDatabase database, int count)
    {
        var intact = 0;
        for (var batch = 0; batch < count; batch += 256)
        {
            var keys = Enumerable.Range(batch, Math.Min(256, count - batch)).ToArray();
            var values = await database.StringGetAsync([.. keys.Select(i => (RedisKey)Key(i))]);
            intact += keys.Where((i, n) => values[n] == Value(i)).Count();
        }

        return intact;
    }

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"spill:{i}");

    private static string Value(int i) => string.Create(CultureInfo.InvariantCulture, $"{i:D8}").PadRight(ValueBytes, (char)('a' + (i % 26)));
}
