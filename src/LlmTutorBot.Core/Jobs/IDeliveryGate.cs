namespace LlmTutorBot.Core.Jobs;

/// <summary>
/// Guards a job's final reply: the first caller across every replica gets true and sends it; any later run of the
/// same job (after a takeover) gets false and sends nothing.
/// </summary>
public interface IDeliveryGate
{
    ValueTask<bool> TryClaimAsync(CancellationToken cancellationToken);
}
