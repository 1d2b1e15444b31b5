using System.Threading.Channels;
using LlmTutorBot.Discord.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Turns;

/// <summary>
/// Turns wait here so the gateway's reader and the interactions endpoint never wait for a handler: up to
/// <c>Discord:MaxConcurrentTurns</c> run at once, in arrival order. Idle when Discord is not configured.
/// </summary>
internal sealed class DiscordTurnQueue(DiscordTurnRunner runner, IOptions<DiscordOptions> options, ILogger<DiscordTurnQueue> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<DiscordTurn> _turns = Channel.CreateBounded<DiscordTurn>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>Queues a turn; false when the queue is full (the turn is dropped and logged).</summary>
    public bool Enqueue(DiscordTurn turn)
    {
        if (_turns.Writer.TryWrite(turn))
        {
            return true;
        }

        DiscordLog.QueueFull(logger, Capacity, turn.Route.ChannelId);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.HasBotToken || options.Value.InteractionsConfigured
            ? Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentTurns).Select(_ => WorkAsync(stoppingToken)))
            : Task.CompletedTask;

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in _turns.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(turn, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    DiscordLog.TurnFailed(logger, exception, turn.Route.ChannelId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
