using System.Globalization;

namespace LlmTutorBot.Core.Replicas;

/// <summary>
/// This process among the replicas sharing one Redis: the value its leases (jobs, Discord shards) hold, so logs and
/// Redis show who holds what. Unique per process start: a restarted replica does not inherit the old one's leases.
/// </summary>
public sealed class ReplicaIdentity
{
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
}
