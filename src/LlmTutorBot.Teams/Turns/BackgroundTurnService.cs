using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Runs the queued turns, <see cref="BotFrameworkOptions.MaxConcurrentTurns"/> at a time. On shutdown it stops
/// accepting work and finishes what is queued and running until the host's shutdown timeout, then cancels the rest.
/// </summary>
public sealed class BackgroundTurnService(BackgroundTurns queue, IOptions<BotFrameworkOptions> options, ILogger<BackgroundTurnService> logger)
    : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(_abort.Cancel);
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentTurns).Select(_ => Task.Run(WorkAsync, CancellationToken.None)));

    private async Task WorkAsync()
    {
        // Reads until the queue is completed and empty: stopping does not drop accepted work.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (queue.Reader.TryRead(out var work))
            {
                try
                {
                    await work(_abort.Token);
                }
                catch (Exception exception) when (!_abort.IsCancellationRequested)
                {
                    TeamsLog.BackgroundTurnFailed(logger, exception);
                }
                catch (OperationCanceledException)
                {
                    // The host's shutdown timeout passed.
                }
            }
        }
    }
}
