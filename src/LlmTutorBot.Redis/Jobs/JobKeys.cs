using LlmTutorBot.Redis.State;
using StackExchange.Redis;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>
/// The job queue's keys, under the state prefix: three lists of job ids (pending, processing, dead) and per job its
/// record, lease, attempt count, delivery mark and reaper claim.
/// </summary>
internal sealed class JobKeys(RedisKeys keys)
{
    /// <summary>How long a job's record and delivery mark are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public RedisKey Pending { get; } = $"{keys.Prefix}jobs:pending";

    public RedisKey Processing { get; } = $"{keys.Prefix}jobs:processing";

    public RedisKey Dead { get; } = $"{keys.Prefix}jobs:dead";

    public RedisKey Job(string id) => Key("job", id);

    public RedisKey Lease(string id) => Key("lease", id);

    public RedisKey Attempts(string id) => Key("attempts", id);

    public RedisKey Delivered(string id) => Key("delivered", id);

    public RedisKey Reap(string id) => Key("reap", id);

    private RedisKey Key(string kind, string id) => $"{keys.Prefix}jobs:{kind}:{id}";
}
