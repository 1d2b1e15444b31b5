using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.State;

/// <summary>
/// What a turn changes. Only the fields set here are written, one field at a time, so two turns of one
/// conversation running at once never overwrite each other's changes.
/// </summary>
public sealed class StateChanges
{
    private readonly List<LogAppend> _logAppends = [];

    public FieldChange<BotLanguage?>? ConversationLanguage { get; private set; }

    public FieldChange<BotLanguage?>? UserLanguage { get; private set; }

    public FieldChange<string?>? CurrentVideo { get; private set; }

    public FieldChange<string?>? Topic { get; private set; }

    /// <summary>Lines to append to shared, capped logs (unanswered questions, say), written with the turn's save.</summary>
    public IReadOnlyList<LogAppend> LogAppends => _logAppends;

    /// <summary>Delete the conversation's fields and turns before writing this turn's changes.</summary>
    public bool ForgetConversation { get; private set; }

    /// <summary>Leave this turn out of the history (bad input, a mistyped command, /reset itself).</summary>
    public bool SkipHistory { get; private set; }

    public bool IsEmpty =>
        ConversationLanguage is null && UserLanguage is null && CurrentVideo is null && Topic is null && !ForgetConversation && _logAppends.Count == 0;

    public void SetConversationLanguage(BotLanguage? language) => ConversationLanguage = new(language);

    /// <summary>Sets the sender's preference; null clears it, so replies follow the language of each message.</summary>
    public void SetUserLanguage(BotLanguage? language) => UserLanguage = new(language);

    public void SetCurrentVideo(string? video) => CurrentVideo = new(video);

    public void SetTopic(string? topic) => Topic = new(topic);

    /// <summary>Appends <paramref name="line"/> to the log named <paramref name="log"/>, which keeps its last <paramref name="cap"/> lines.</summary>
    public void AppendToLog(string log, string line, int cap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(log);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        _logAppends.Add(new LogAppend(log, line, cap));
    }

    public void Forget()
    {
        ForgetConversation = true;
        ConversationLanguage = null;
        CurrentVideo = null;
        Topic = null;
        SkipHistory = true;
    }

    public void LeaveOutOfHistory() => SkipHistory = true;

    /// <summary>
    /// The same conversation fields (language, video, topic) for another conversation, such as the thread a reply
    /// moved to: no forgetting, no user preference and no log lines, which were written once already.
    /// </summary>
    public StateChanges ConversationFieldsOnly() => new()
    {
        ConversationLanguage = ConversationLanguage,
        CurrentVideo = CurrentVideo,
        Topic = Topic,
        SkipHistory = SkipHistory,
    };

    /// <summary>Drops every change, used when a handler failed halfway.</summary>
    public void Discard()
    {
        ConversationLanguage = null;
        UserLanguage = null;
        CurrentVideo = null;
        Topic = null;
        ForgetConversation = false;
        _logAppends.Clear();
        SkipHistory = true;
    }
}

/// <summary>A new value for one field (null deletes the field).</summary>
public sealed record FieldChange<T>(T Value);

/// <summary>A line for a shared log that keeps its last <see cref="Cap"/> lines.</summary>
public sealed record LogAppend(string Log, string Line, int Cap);
