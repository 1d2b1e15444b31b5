namespace LlmTutorBot.Core.Replicas;

/// <summary>
/// Named leases shared by the replicas: held by one replica at a time, kept by renewing before they expire, and free
/// for another replica once their holder stops renewing (it died) or releases them.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes the lease when it is free; true when this replica now holds it.</summary>
    ValueTask<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends the lease if this replica still holds it; false when it was lost (expired and taken, or gone).</summary>
    ValueTask<bool> RenewAsync(string name, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Frees the lease if this replica holds it.</summary>
    ValueTask ReleaseAsync(string name, CancellationToken cancellationToken);
}
