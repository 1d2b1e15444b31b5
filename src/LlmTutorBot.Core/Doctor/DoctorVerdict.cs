namespace LlmTutorBot.Core.Doctor;

/// <summary>What one line of <c>doctor</c> concludes.</summary>
public enum DoctorVerdict
{
    /// <summary>✔ The integration answered as it should.</summary>
    Pass,

    /// <summary>✘ Configured but not working: the line says what to do. Any failure makes <c>doctor</c> exit 1.</summary>
    Fail,

    /// <summary>– Not configured, or information that passes or fails nothing.</summary>
    Info,
}
