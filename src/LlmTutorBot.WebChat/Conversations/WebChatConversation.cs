using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.WebChat.Conversations;

/// <summary>
/// One conversation's activities in memory, user and bot alike, numbered from 0. The watermark is the number of
/// activities ever added; only the last <c>capacity</c> are kept. Readers wait for the next change without polling.
/// </summary>
public sealed class WebChatConversation(string id, int capacity, DateTimeOffset now)
{
    private readonly Lock _lock = new();
    private readonly Queue<DirectLineActivity> _kept = new();
    private long _count;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    public bool Started { get; set; }

    /// <summary>For a public conversation, "ip:{address}": its turns are limited and budgeted as that user.</summary>
    public string? ClientScope { get; init; }

    public DateTimeOffset LastUsed { get; private set; } = now;

    public long Watermark
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
        }
    }

    /// <summary>Adds an activity under the id "{conversation}|{number}" and wakes the readers.</summary>
    public DirectLineActivity Add(DirectLineActivity activity, DateTimeOffset now)
    {
        TaskCompletionSource changed;
        DirectLineActivity added;
        lock (_lock)
        {
            added = activity with
            {
                Id = $"{Id}|{_count:D7}",
                Timestamp = now,
                ChannelId = "directline",
                Conversation = new DirectLineConversationAccount(Id),
            };
            _kept.Enqueue(added);
            _count++;
            while (_kept.Count > capacity)
            {
                _kept.Dequeue();
            }

            LastUsed = now;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return added;
    }

    /// <summary>The kept activities numbered <paramref name="watermark"/> and later, and the new watermark.</summary>
    public (IReadOnlyList<DirectLineActivity> Activities, long Watermark) Since(long watermark)
    {
        lock (_lock)
        {
            var first = _count - _kept.Count;
            var skip = Math.Max(0, watermark - first);
            return ([.. _kept.Skip((int)Math.Min(skip, int.MaxValue))], _count);
        }
    }

    /// <summary>Completes at the next <see cref="Add"/>, or at once when activities arrived after <paramref name="watermark"/>.</summary>
    public Task ChangedAfterAsync(long watermark)
    {
        lock (_lock)
        {
            return _count > watermark ? Task.CompletedTask : _changed.Task;
        }
    }
}
