namespace LlmTutorBot.Core.Replicas;

/// <summary>Answers "is this the first delivery of this platform event?" once per id, across every replica.</summary>
public interface IEventDeduplicator
{
    /// <summary>True the first time <paramref name="id"/> is claimed in <paramref name="scope"/> within <paramref name="window"/>.</summary>
    ValueTask<bool> TryClaimAsync(string scope, string id, TimeSpan window, CancellationToken cancellationToken);
}
