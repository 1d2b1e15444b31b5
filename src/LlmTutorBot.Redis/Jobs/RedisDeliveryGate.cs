using LlmTutorBot.Core.Jobs;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>One job's delivery mark: SET NX on "jobs:delivered:{id}", so a job run twice is delivered once.</summary>
internal sealed class RedisDeliveryGate(RedisJobStore store, string id) : IDeliveryGate
{
    /// <summary>True when this run sent the reply, false when another run had.</summary>
    public bool? Claimed { get; private set; }

    public async ValueTask<bool> TryClaimAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Claimed = await store.TryMarkDeliveredAsync(id);
        return Claimed.Value;
    }
}
