namespace LlmTutorBot.Core.Replies;

/// <summary>
/// What a handler answers, before any platform shapes it: Markdown text, optional titled sections,
/// buttons, files, and the knowledge-base sources it relied on. Each adapter renders it within its limits.
/// </summary>
public sealed record Reply
{
    public required string Markdown { get; init; }

    public IReadOnlyList<ReplySection> Sections { get; init; } = [];

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    public IReadOnlyList<ReplyFile> Files { get; init; } = [];

    public IReadOnlyList<ReplySource> Sources { get; init; } = [];

    /// <summary>False when the bot abstains, guesses or asks "did you mean".</summary>
    public bool Confident { get; init; } = true;

    /// <summary>As <see cref="ProgressUpdate.ThreadTitle"/>, for a reply that reported no progress first.</summary>
    public string? ThreadTitle { get; init; }

    public static Reply Text(string markdown) => new() { Markdown = markdown };
}
