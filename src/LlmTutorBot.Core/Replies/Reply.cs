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

    /// <summary>The passages or video moments an answer written by a model cites, numbered as its "[n]" markers.</summary>
    public IReadOnlyList<ReplyCitation> Citations { get; init; } = [];

    /// <summary>True when a language model wrote the answer: platforms label it as AI-generated and ask for feedback.</summary>
    public bool GeneratedByModel { get; init; }

    /// <summary>False when the bot abstains, guesses or asks "did you mean".</summary>
    public bool Confident { get; init; } = true;

    /// <summary>As <see cref="ProgressUpdate.ThreadTitle"/>, for a reply that reported no progress first.</summary>
    public string? ThreadTitle { get; init; }

    public static Reply Text(string markdown) => new() { Markdown = markdown };
}
