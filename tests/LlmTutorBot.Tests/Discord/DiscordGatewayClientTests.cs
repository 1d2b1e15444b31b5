using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace LlmTutorBot.Tests.Discord;

/// <summary>The gateway client against a fake gateway on loopback that drops, reconnects, invalidates and replays.</summary>
public sealed class DiscordGatewayClientTests : IAsyncLifetime
{
    internal static readonly GatewayTimings Fast = new()
    {
        ReconnectMin = TimeSpan.FromMilliseconds(20),
        ReconnectMax = TimeSpan.FromMilliseconds(100),
        InvalidSessionMin = TimeSpan.FromMilliseconds(10),
        InvalidSessionMax = TimeSpan.FromMilliseconds(30),
        IdentifySpacing = TimeSpan.FromMilliseconds(10),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        HelloTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly RecordingDispatchHandler _handler = new();
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private FakeDiscordGateway _gateway = null!;
    private DiscordGatewayClient _client = null!;
    private Task _running = Task.CompletedTask;
    private long _nextId = 1;

    public async ValueTask InitializeAsync()
    {
        _gateway = await FakeDiscordGateway.StartAsync();
        _client = new DiscordGatewayClient(0, 1, _gateway.Url, "gateway-token", _handler, new IdentifyLimiter(TimeProvider.System, NullLogger<IdentifyLimiter>.Instance) { Timings = Fast }, Fast, TimeProvider.System, NullLogger.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await _gateway.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task It_identifies_with_the_four_intents_and_hands_on_ready_and_events_in_order()
    {
        await StartAsync();
        await PublishAsync(3);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 3);

        var identify = Assert.Single(_gateway.Identifies);
        Assert.Equal("gateway-token", identify.GetProperty("token").GetString());
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
        Assert.Equal(["READY", "MESSAGE_CREATE", "MESSAGE_CREATE", "MESSAGE_CREATE"], _handler.Events);
        Assert.Equal("/gateway?v=10&encoding=json", _gateway.ConnectionPaths.Single());
    }

    [Fact]
    public async Task With_zlib_stream_compression_frames_are_inflated_with_one_context_per_connection_and_after_a_resume()
    {
        _client = new DiscordGatewayClient(0, 1, _gateway.Url, "gateway-token", _handler, new IdentifyLimiter(TimeProvider.System, NullLogger<IdentifyLimiter>.Instance) { Timings = Fast }, Fast, TimeProvider.System, NullLogger.Instance, compress: true);
        await StartAsync();
        await PublishAsync(20);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 20);

        await _gateway.DropAsync();
        await PublishAsync(20);
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1 && h.MessageIds.Count == 40);

        Assert.Equal("/gateway?v=10&encoding=json&compress=zlib-stream", _gateway.ConnectionPaths.First());
        AssertEachOnce(40);
    }

    [Fact]
    public async Task A_dropped_connection_resumes_at_the_resume_address_with_the_last_sequence_and_loses_nothing()
    {
        await StartAsync();
        await PublishAsync(5);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 5);

        await _gateway.DropAsync();
        await PublishAsync(5);
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1 && h.MessageIds.Count == 10);

        var resume = Assert.Single(_gateway.Resumes);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(6, resume.GetProperty("seq").GetInt32());
        Assert.Equal("/resume?v=10&encoding=json", _gateway.ConnectionPaths.Last());
        Assert.Single(_gateway.Identifies);
        AssertEachOnce(10);
    }

    [Fact]
    public async Task Events_replayed_again_after_a_resume_are_dropped_by_sequence()
    {
        _gateway.ReplayOverlap = 4;
        await StartAsync();
        await PublishAsync(6);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 6);

        await _gateway.DropAsync();
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1);

        AssertEachOnce(6);
        Assert.Equal(4, _client.DuplicatesDropped);
    }

    [Fact]
    public async Task A_reconnect_request_is_followed_by_a_resume()
    {
        await StartAsync();
        await _gateway.RequestReconnectAsync();
        await PublishAsync(2);
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1 && h.MessageIds.Count == 2);

        await _gateway.WaitUntilAsync(g => g.CloseCodesReceived.Contains(4900), TestContext.Current.CancellationToken);
        Assert.Single(_gateway.Resumes);
        Assert.Single(_gateway.Identifies);
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_be_resumed_starts_a_new_one()
    {
        await StartAsync();
        await _gateway.InvalidateSessionAsync(resumable: false);
        await _handler.WaitUntilAsync(h => h.Count("READY") == 2);
        await PublishAsync(2);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 2);

        Assert.Equal(2, _gateway.Identifies.Count);
        Assert.Empty(_gateway.Resumes);
        AssertEachOnce(2);
    }

    [Fact]
    public async Task An_invalid_session_that_can_be_resumed_is_resumed()
    {
        await StartAsync();
        await _gateway.InvalidateSessionAsync(resumable: true);
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1);

        Assert.Single(_gateway.Identifies);
        Assert.Single(_gateway.Resumes);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_a_gateway_that_stops_acknowledging_is_left_and_resumed()
    {
        // Long enough that a loaded machine (the whole suite on two cores) never misses an acknowledgement by accident.
        _gateway.HeartbeatIntervalMs = 1_000;
        await StartAsync();
        await PublishAsync(2);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 2);

        _gateway.AcknowledgeHeartbeats = false;
        await _handler.WaitUntilAsync(h => _gateway.Resumes.Count == 1 || h.Count("RESUMED") == 1);
        _gateway.AcknowledgeHeartbeats = true;
        await _handler.WaitUntilAsync(h => h.Count("RESUMED") == 1);

        Assert.Contains(3, _gateway.Heartbeats);
        Assert.Equal(3, Assert.Single(_gateway.Resumes).GetProperty("seq").GetInt32());
    }

    [Theory]
    [InlineData(4004, DiscordMessageContent.Auto)]
    [InlineData(4013, DiscordMessageContent.Auto)]
    [InlineData(4014, DiscordMessageContent.On)]
    [InlineData(4014, DiscordMessageContent.Off)]
    public async Task A_close_code_that_cannot_succeed_again_stops_the_shard_and_says_why(int code, DiscordMessageContent mode)
    {
        using var status = new DiscordStatus();
        _client = Client(status, mode);
        await StartAsync();
        await _gateway.CloseAsync(code);

        await _running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Single(_gateway.ConnectionPaths);
        Assert.Equal(code, _client.Stop?.Code);
        Assert.Equal(code, status.Stop?.Code);
    }

    [Fact]
    public async Task A_refused_message_content_intent_in_auto_reconnects_without_it_and_keeps_receiving()
    {
        using var status = new DiscordStatus();
        _client = Client(status, DiscordMessageContent.Auto);
        await StartAsync();
        await _gateway.CloseAsync(4014);
        await _handler.WaitUntilAsync(h => h.Count("READY") == 2);
        await PublishAsync(2);
        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 2);

        Assert.Equal([37377, 37377 & ~(1 << 15)], _gateway.Identifies.Select(i => i.GetProperty("intents").GetInt32()));
        Assert.True(status.MessageContentDisallowed);
        Assert.Null(status.Stop);
        Assert.False(_running.IsCompleted);
    }

    [Fact]
    public async Task With_message_content_off_the_intent_is_never_asked_for()
    {
        _client = Client(null, DiscordMessageContent.Off);
        await StartAsync();

        Assert.Equal(4609, Assert.Single(_gateway.Identifies).GetProperty("intents").GetInt32());
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(1000)]
    public async Task A_close_that_ends_the_session_starts_a_new_one_instead_of_resuming(int code)
    {
        await StartAsync();
        await _gateway.CloseAsync(code);
        await _handler.WaitUntilAsync(h => h.Count("READY") == 2);

        Assert.Equal(2, _gateway.Identifies.Count);
        Assert.Empty(_gateway.Resumes);
    }

    [Fact]
    public async Task A_timed_out_session_is_started_afresh()
    {
        await StartAsync();
        await _gateway.CloseAsync(4009);
        await _handler.WaitUntilAsync(h => h.Count("READY") == 2);

        Assert.Equal(2, _gateway.Identifies.Count);
        Assert.Empty(_gateway.Resumes);
    }

    [Fact]
    public async Task Events_sent_while_the_client_drops_and_resumes_again_and_again_all_arrive_once()
    {
        _gateway.ReplayOverlap = 2;
        await StartAsync();
        for (var round = 1; round <= 5; round++)
        {
            await PublishAsync(30);
            if (round % 2 == 0)
            {
                await _gateway.RequestReconnectAsync();
            }
            else
            {
                await _gateway.DropAsync();
            }

            // These go out while the client is away and while it resumes.
            await PublishAsync(30);
            var resumed = round;
            await _handler.WaitUntilAsync(h => h.Count("RESUMED") == resumed);
        }

        await _handler.WaitUntilAsync(h => h.MessageIds.Count == 300, seconds: 30);

        AssertEachOnce(300);
        Assert.Equal(5, _gateway.Resumes.Count);
        Assert.Single(_gateway.Identifies);
    }

    private DiscordGatewayClient Client(DiscordStatus? status, DiscordMessageContent mode) =>
        new(0, 1, _gateway.Url, "gateway-token", _handler, new IdentifyLimiter(TimeProvider.System, NullLogger<IdentifyLimiter>.Instance) { Timings = Fast }, Fast, TimeProvider.System, NullLogger.Instance, status: status, messageContent: mode);

    private async Task StartAsync()
    {
        _running = _client.RunAsync(_stop.Token);
        await _handler.WaitUntilAsync(h => h.Count("READY") == 1);
    }

    private async Task PublishAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(Interlocked.Increment(ref _nextId) - 1));
        }
    }

    private void AssertEachOnce(int count)
    {
        Assert.Equal(count, _handler.MessageIds.Count);
        Assert.All(_handler.MessageIds, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), _handler.MessageIds.Keys.Order());
    }
}
