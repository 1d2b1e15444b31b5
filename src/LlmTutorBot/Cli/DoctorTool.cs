using System.Text;
using LlmTutorBot.Core.Doctor;

namespace LlmTutorBot.Cli;

/// <summary>
/// "doctor": runs every registered <see cref="IDoctorCheck"/> against the real endpoints with the configured settings
/// and prints one line per finding (✔ works, ✘ fails and what to do, – not configured or for information). Exits 0
/// only when nothing failed.
/// </summary>
internal sealed class DoctorTool : ICliTool
{
    /// <summary>The longest one check may take before it is reported as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(30);

    public string Verb => "doctor";

    public string Usage => "  doctor                                              checks Redis, the model, Teams, Discord, YouTube and the web chat; exits 0 when all configured ones work";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count > 0)
        {
            await error.WriteLineAsync($"doctor takes no argument but settings (--Section:Key=value); '{args[0]}' is not understood.\n{Usage}");
            return 2;
        }

        var failures = 0;
        foreach (var check in services.GetServices<IDoctorCheck>().OrderBy(c => c.Order))
        {
            foreach (var finding in await RunOneAsync(check, cancellationToken))
            {
                failures += finding.Verdict == DoctorVerdict.Fail ? 1 : 0;
                await output.WriteLineAsync(Line(finding));
            }
        }

        await output.WriteLineAsync(failures == 0 ? "Everything configured works." : $"{failures} {(failures == 1 ? "check fails" : "checks fail")}: see the lines marked ✘.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>"✔ Redis: …", "✘ Teams token: … → what to do", "– Discord: not configured (…)".</summary>
    public static string Line(DoctorFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var line = new StringBuilder()
            .Append(finding.Verdict switch { DoctorVerdict.Pass => '✔', DoctorVerdict.Fail => '✘', _ => '–' })
            .Append(' ').Append(finding.Check).Append(": ").Append(finding.Detail);
        if (finding.Remedy is { Length: > 0 } remedy)
        {
            line.Append(" → ").Append(remedy);
        }

        return line.ToString();
    }

    private static async Task<IReadOnlyList<DoctorFinding>> RunOneAsync(IDoctorCheck check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        var name = check.GetType().Name.Replace("DoctorCheck", "", StringComparison.Ordinal);
        try
        {
            return await check.RunAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [DoctorFinding.Fail(name, $"no answer within {CheckTimeout.TotalSeconds:0} s", "check the network path to the service and its base URL setting")];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [DoctorFinding.Fail(name, $"the check failed: {exception.GetType().Name}: {exception.Message}", "check this integration's settings")];
        }
    }
}
