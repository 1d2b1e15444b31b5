using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Redis.Connection;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Caching;

/// <summary>
/// Files as one Redis hash per key (name → bytes, "name\n type" → content type) with a TTL, written in one batch
/// (HSET and EXPIRE, commands Redis 7 and Garnet share): one round trip to store, one to read a file.
/// </summary>
public sealed class RedisExpiringFileStore(RedisConnection redis, RedisRoundTrips roundTrips) : IExpiringFileStore
{
    private const string TypeSuffix = "\n type";

    public async Task PutAsync(string key, IReadOnlyList<ReplyFile> files, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var fields = files.SelectMany(f => new HashEntry[] { new(f.FileName, f.Content), new(f.FileName + TypeSuffix, f.ContentType) }).ToArray();
        await AvailableAsync(async () =>
        {
            var db = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
            var batch = db.CreateBatch();
            var set = batch.HashSetAsync(key, fields);
            var expire = batch.KeyExpireAsync(key, timeToLive);
            roundTrips.Add("files-put");
            batch.Execute();
            await Task.WhenAll(set, expire).WaitAsync(cancellationToken);
            return true;
        });
    }

    public Task<ReplyFile?> GetAsync(string key, string name, CancellationToken cancellationToken) => AvailableAsync(async () =>
    {
        var db = await redis.GetDatabaseAsync().WaitAsync(cancellationToken);
        roundTrips.Add("files-get");
        var values = await db.HashGetAsync(key, [name, name + TypeSuffix]).WaitAsync(cancellationToken);
        return values[0].IsNull ? null : new ReplyFile(name, values[1].IsNull ? "application/octet-stream" : values[1].ToString(), (byte[])values[0]!);
    });

    private static async Task<T> AvailableAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new StoreUnavailableException("Redis cannot be reached for the result files: they are kept there.", e);
        }
    }
}
