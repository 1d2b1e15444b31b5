namespace LlmTutorBot.Core.Doctor;

/// <summary>
/// One integration's check for the <c>doctor</c> command: it calls the real endpoint with the configured settings and
/// says what works. Each feature project registers its own (<c>TryAddEnumerable</c>), so the command knows none of them.
/// Expected failures are findings, not exceptions.
/// </summary>
public interface IDoctorCheck
{
    /// <summary>Where its lines come in the report: state first (10), then the model (20), the channels (30…), YouTube (60).</summary>
    int Order { get; }

    Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken);
}
