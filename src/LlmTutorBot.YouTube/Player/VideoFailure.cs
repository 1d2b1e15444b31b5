namespace LlmTutorBot.YouTube.Player;

/// <summary>An expected failure, with YouTube's own wording when it gave one (for logs and the operator).</summary>
public sealed record VideoFailure(VideoFailureKind Kind, string? Detail = null);
