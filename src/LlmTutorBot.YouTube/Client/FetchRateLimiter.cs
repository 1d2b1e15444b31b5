using LlmTutorBot.YouTube.Hosting;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// At most <see cref="YouTubeOptions.MaxFetchesPerMinute"/> videos fetched from YouTube per sliding minute by this
/// process (cache hits do not count), so a burst of links does not get the host's IP rate-limited.
/// </summary>
public sealed class FetchRateLimiter(IOptions<YouTubeOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();
    private readonly int _limit = options.Value.MaxFetchesPerMinute;

    /// <summary>True when a fetch may start now (and counts it); else how long until one may.</summary>
    public bool TryAcquire(out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count < _limit)
            {
                _recent.Enqueue(now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = _recent.Peek() + Window - now;
            return false;
        }
    }
}
