namespace LlmTutorBot.YouTube.Player;

/// <summary>Either the player's information or why there is none.</summary>
public sealed record PlayerResult(PlayerInfo? Info, VideoFailure? Failure)
{
    /// <summary>The visitor id YouTube gave (also in refusals), sent back with the next request.</summary>
    public string? VisitorData { get; init; }

    /// <summary>What YouTube answered, for the logs and "youtube check": the playability status ("OK", "LOGIN_REQUIRED"…) or "HTTP 403".</summary>
    public string Status { get; init; } = "OK";

    public static PlayerResult Ok(PlayerInfo info) => new(info, null);

    public static PlayerResult Failed(VideoFailureKind kind, string? detail = null) => new(null, new VideoFailure(kind, detail));
}
