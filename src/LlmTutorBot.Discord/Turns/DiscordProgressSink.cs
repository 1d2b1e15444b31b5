using LlmTutorBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Progress on Discord: one message, edited at most once per interval. Updates that come faster wait, the latest
/// replacing the others, and go when the interval has passed; the final reply cancels what waits and replaces the
/// progress message. A failed progress edit is logged and does not stop the job.
/// </summary>
internal sealed class DiscordProgressSink(
    IDiscordReplyTarget target,
    TimeProvider time,
    TimeSpan interval,
    string channelId,
    ILogger logger) : IProgressSink, IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;
    private ProgressUpdate? _pending;
    private ITimer? _timer;
    private bool _completed;

    /// <summary>How many progress messages were posted or edited.</summary>
    public int Sent { get; private set; }

    public async ValueTask ReportAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            var now = time.GetUtcNow();
            var wait = _lastSent == DateTimeOffset.MinValue ? TimeSpan.Zero : _lastSent + interval - now;
            if (wait > TimeSpan.Zero || _pending is not null)
            {
                _pending = update;
                _timer ??= time.CreateTimer(_ => _ = FlushAsync(), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                return;
            }

            _lastSent = now;
        }

        await SendAsync(update, cancellationToken);
    }

    /// <summary>
    /// Delivers the reply in place of the progress message, after any edit in flight; <paramref name="privately"/>
    /// for an error, which only the user should see where Discord allows it.
    /// </summary>
    public async Task CompleteAsync(Reply reply, CancellationToken cancellationToken, bool privately = false)
    {
        lock (_lock)
        {
            _completed = true;
            _pending = null;
            _timer?.Dispose();
            _timer = null;
        }

        await _sending.WaitAsync(cancellationToken);
        try
        {
            await (privately ? target.DeliverPrivatelyAsync(reply, cancellationToken) : target.DeliverAsync(reply, cancellationToken));
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _completed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private async Task FlushAsync()
    {
        ProgressUpdate? update;
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            update = _pending;
            _pending = null;
            if (_completed || update is null)
            {
                return;
            }

            _lastSent = time.GetUtcNow();
        }

        await SendAsync(update, CancellationToken.None);
    }

    private async Task SendAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            lock (_lock)
            {
                if (_completed)
                {
                    return;
                }
            }

            await target.ShowProgressAsync(update, cancellationToken);
            Sent++;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DiscordLog.ProgressFailed(logger, exception, channelId);
        }
        finally
        {
            _sending.Release();
        }
    }
}
