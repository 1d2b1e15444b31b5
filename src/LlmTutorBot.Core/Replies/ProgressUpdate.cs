namespace LlmTutorBot.Core.Replies;

/// <summary>How far a long job is ("Fetching captions…", chunk 3 of 8). Adapters edit one message with it.</summary>
public sealed record ProgressUpdate(string Markdown, int? Step = null, int? TotalSteps = null)
{
    /// <summary>
    /// Asks for the job's messages to go into a thread of the user's message, with this title, where the platform
    /// has threads (Discord opens one; Teams channel replies are threaded already). The first update decides.
    /// </summary>
    public string? ThreadTitle { get; init; }

    /// <summary>
    /// True when <see cref="Markdown"/> is the text so far of an answer a model is writing (each update extends the
    /// last), rather than a step of the work: platforms that stream answers (Teams) stream it.
    /// </summary>
    public bool IsPartialAnswer { get; init; }
}
