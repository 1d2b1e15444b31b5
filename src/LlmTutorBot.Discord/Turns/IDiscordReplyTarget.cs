using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Discord.Turns;

/// <summary>Where one turn's progress message and reply go: a channel (mentions, DMs) or an interaction's webhook.</summary>
internal interface IDiscordReplyTarget
{
    /// <summary>Posts the progress message, or edits it; the first call may open a thread.</summary>
    Task ShowProgressAsync(ProgressUpdate update, CancellationToken cancellationToken);

    /// <summary>Replaces the progress message with the reply (or posts it), then posts the reply's further messages.</summary>
    Task DeliverAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers an error or a refusal so that only the user sees it where Discord allows it (an interaction's
    /// ephemeral follow-up); elsewhere as <see cref="DeliverAsync"/>.
    /// </summary>
    Task DeliverPrivatelyAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>The thread this turn started, if it started one.</summary>
    string? OpenedThreadId { get; }
}
