namespace LlmTutorBot.Llm.Chat;

/// <summary>
/// Lets a streaming answer through to the user at most once per interval (the first chunk at once, so the user sees
/// it start), on the injected clock. Adapters rate-limit their edits too; this keeps them from being flooded.
/// </summary>
public sealed class PartialThrottle(TimeProvider time, TimeSpan interval)
{
    private long? _last;

    public bool ShouldEmit()
    {
        var now = time.GetTimestamp();
        if (_last is { } last && time.GetElapsedTime(last, now) < interval)
        {
            return false;
        }

        _last = now;
        return true;
    }
}
