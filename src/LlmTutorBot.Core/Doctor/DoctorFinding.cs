namespace LlmTutorBot.Core.Doctor;

/// <summary>One line of <c>doctor</c>: which check, its verdict, what was found and, when it failed, what to do.</summary>
/// <param name="Check">"Redis", "Model streaming", "Discord gateway"…</param>
/// <param name="Verdict">Pass, Fail or Info.</param>
/// <param name="Detail">What was found, never a secret.</param>
/// <param name="Remedy">What to do about a failure; null when there is nothing to do.</param>
public sealed record DoctorFinding(string Check, DoctorVerdict Verdict, string Detail, string? Remedy = null)
{
    public static DoctorFinding Pass(string check, string detail) => new(check, DoctorVerdict.Pass, detail);

    public static DoctorFinding Fail(string check, string detail, string remedy) => new(check, DoctorVerdict.Fail, detail, remedy);

    public static DoctorFinding Info(string check, string detail) => new(check, DoctorVerdict.Info, detail);

    /// <summary>An integration that is not set up: "not configured", and which setting turns it on.</summary>
    public static DoctorFinding NotConfigured(string check, string howToConfigure) => new(check, DoctorVerdict.Info, $"not configured ({howToConfigure})");
}
