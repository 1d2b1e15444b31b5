using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.WebChat.Turns;

/// <summary>
/// Runs the web chat's turns after their POST is answered. On shutdown the running turns get until the host's
/// shutdown timeout to finish, then are cancelled.
/// </summary>
public sealed class WebChatTurns(ILogger<WebChatTurns> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private volatile bool _disposed;

    public void Start(Func<CancellationToken, Task> turn)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await turn(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // The host stopped.
            }
            catch (Exception exception)
            {
                WebChatLog.TurnFailed(logger, exception);
            }
        });
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may stop more than once (a test host stops, then its factory stops it again after disposal).
        if (_disposed)
        {
            return;
        }

        using (cancellationToken.Register(_stopping.Cancel))
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _stopping.CancelAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }
}
