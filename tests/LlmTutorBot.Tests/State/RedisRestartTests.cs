using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace LlmTutorBot.Tests.State;

/// <summary>
/// Redis killed and started again while turns run without pause: every turn is answered, /readyz says Degraded while
/// it is down, and once it is back the next turn's state is written and reads back.
/// </summary>
public sealed class RedisRestartTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Turns_are_answered_through_a_redis_restart_and_state_is_written_again_once_it_is_back()
    {
        using var redis = new RestartableRedis();
        redis.Start();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
        });
        using var client = factory.CreateClient();
        var processor = factory.Services.GetRequiredService<TurnProcessor>();
        var store = factory.Services.GetRequiredService<IConversationStore>();
        var multiplexer = await factory.Services.GetRequiredService<RedisConnection>().GetMultiplexerAsync();
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        multiplexer.ConnectionFailed += (_, _) => failed.TrySetResult();
        // The subscription connection may come back first; turns use the interactive one.
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                restored.TrySetResult();
            }
        };
        await using var load = new TurnLoad(processor);
        await load.AnsweredAsync(20);

        redis.Stop();
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        var answeredBefore = load.Answered;
        await load.AnsweredAsync(answeredBefore + 20);
        var readyWhileDown = await client.GetStringAsync(new Uri("/readyz", UriKind.Relative), Cancel);
        var (conversation, user) = (Messages.NewConversation(), Messages.NewUser());
        var whileDown = await processor.ProcessAsync(Messages.Text(conversation, user, "/lang fr"), cancellationToken: Cancel);

        redis.Start();
        await restored.Task.WaitAsync(TimeSpan.FromSeconds(60), Cancel);

        // A command sent as the socket comes back can still fail once; the promise is that state is written again
        // once Redis answers, so a few turns are allowed (each waits for a real round trip, no sleeping).
        TurnResult afterRestart;
        ConversationState stored;
        var attempts = 0;
        do
        {
            attempts++;
            afterRestart = await processor.ProcessAsync(Messages.Text(conversation, user, "/lang zh"), cancellationToken: Cancel);
            stored = await store.LoadAsync(conversation, user, Cancel);
        }
        while (stored.UserLanguage != BotLanguage.Zh && attempts < 5 && await multiplexer.GetDatabase().PingAsync() >= TimeSpan.Zero);

        await load.AnsweredAsync(load.Answered + 20);
        var readyAfter = await client.GetStringAsync(new Uri("/readyz", UriKind.Relative), Cancel);

        Assert.Null(load.Failure);
        Assert.Contains("Degraded", readyWhileDown, StringComparison.Ordinal);
        Assert.Contains(BotText.StateUnavailable[BotLanguage.Fr], whileDown.Reply.Markdown, StringComparison.Ordinal);
        Assert.Equal("lang", afterRestart.Intent);
        Assert.True(stored.IsAvailable, $"State is unavailable after {RestartableRedis.Kind} came back.");
        Assert.Equal(BotLanguage.Zh, stored.UserLanguage);
        Assert.Contains("Healthy", readyAfter, StringComparison.Ordinal);
    }

    /// <summary>Turns of new conversations one after another on a background task, until disposed.</summary>
    private sealed class TurnLoad : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private readonly Lock _gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
        private int _answered;

        public TurnLoad(TurnProcessor processor) => _loop = Task.Run(() => RunAsync(processor));

        public int Answered => Volatile.Read(ref _answered);

        public Exception? Failure { get; private set; }

        /// <summary>Completes once <paramref name="count"/> turns have been answered in all.</summary>
        public Task AnsweredAsync(int count)
        {
            lock (_gate)
            {
                if (_answered >= count)
                {
                    return Task.CompletedTask;
                }

                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, reached));
                return reached.Task.WaitAsync(TimeSpan.FromSeconds(60), Cancel);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }

        private async Task RunAsync(TurnProcessor processor)
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var result = await processor.ProcessAsync(Messages.Text(Messages.NewConversation(), Messages.NewUser(), "what is a token?"), cancellationToken: _stop.Token);
                    if (string.IsNullOrWhiteSpace(result.Reply.Markdown))
                    {
                        throw new InvalidOperationException("A turn was answered with nothing.");
                    }
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    Failure ??= exception;
                }

                lock (_gate)
                {
                    _answered++;
                    foreach (var waiter in _waiters.Where(w => w.Count <= _answered).ToList())
                    {
                        waiter.Reached.TrySetResult();
                        _waiters.Remove(waiter);
                    }
                }
            }
        }
    }
}
