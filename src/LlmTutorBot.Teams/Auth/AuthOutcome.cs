namespace LlmTutorBot.Teams.Auth;

/// <summary>
/// The result of checking a request's token: its status (200 when accepted, 401 or 403), why it was refused, and what
/// the activity must then agree with (the signing key's endorsed channels and the serviceurl claim).
/// </summary>
public sealed record AuthOutcome(int StatusCode, string? Problem, IReadOnlyList<string>? EndorsedChannels = null, string? ServiceUrl = null)
{
    public bool Accepted => StatusCode == 200;

    /// <summary>Local mode: no app id, a loopback caller.</summary>
    public static AuthOutcome Unauthenticated { get; } = new(200, null);

    public static AuthOutcome Unauthorized(string problem) => new(401, problem);

    public static AuthOutcome Forbidden(string problem) => new(403, problem);
}
