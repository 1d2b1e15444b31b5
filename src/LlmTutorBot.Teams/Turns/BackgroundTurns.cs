using System.Threading.Channels;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Turns;

/// <summary>
/// Work accepted by an HTTP endpoint and done after its response (the Bot Framework's 15-second rule). Bounded:
/// when it is full, or the host is stopping, <see cref="TryEnqueue"/> says no and the endpoint answers 503.
/// </summary>
public sealed class BackgroundTurns(IOptions<BotFrameworkOptions> options)
{
    private readonly Channel<Func<CancellationToken, Task>> _channel = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    public int Capacity => options.Value.QueueCapacity;

    public ChannelReader<Func<CancellationToken, Task>> Reader => _channel.Reader;

    public bool TryEnqueue(Func<CancellationToken, Task> work) => _channel.Writer.TryWrite(work);

    /// <summary>Accepts nothing more; the worker drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
