namespace LlmTutorBot.Core.Replicas;

/// <summary>
/// Short notes every replica reads, each under a name and for a limited time: a state one replica learnt that the
/// others must respect (such as "the Discord gateway is refused with these settings").
/// </summary>
public interface IReplicaNotes
{
    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/> for <paramref name="lifetime"/>.</summary>
    ValueTask SetAsync(string name, string value, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The note, or null when there is none (never written, expired or removed).</summary>
    ValueTask<string?> GetAsync(string name, CancellationToken cancellationToken);

    ValueTask RemoveAsync(string name, CancellationToken cancellationToken);
}
