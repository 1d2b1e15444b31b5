using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.WebChat.Turns;

/// <summary>
/// Runs the web chat's turns after their POST is answered. On shutdown the running turns get until the host's
/// shutdown timeout to finish, then are cancelled.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The token source has no timer to release, and StopAsync may run after the host disposed its services.")]
public sealed class WebChatTurns(ILogger<WebChatTurns> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

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
        using (cancellationToken.Register(_stopping.Cancel))
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _stopping.CancelAsync();
    }
}
