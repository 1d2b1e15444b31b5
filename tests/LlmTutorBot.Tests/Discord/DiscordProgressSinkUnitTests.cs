using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

public sealed class DiscordProgressSinkUnitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingReplyTarget _target = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_update_shows_at_once_and_faster_ones_wait_with_only_the_latest_sent_a_second_later()
    {
        using var sink = Sink();

        await sink.ReportAsync(new ProgressUpdate("Fetching captions"), Cancel);
        await sink.ReportAsync(new ProgressUpdate("Chunk 1", 1, 3), Cancel);
        await sink.ReportAsync(new ProgressUpdate("Chunk 2", 2, 3), Cancel);
        Assert.Equal(["progress:Fetching captions"], _target.Calls);

        // The fake clock runs the flush on the caller's thread: the edit has happened when Advance returns.
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["progress:Fetching captions", "progress:Chunk 2"], _target.Calls);
    }

    [Fact]
    public async Task Updates_a_second_apart_are_each_shown()
    {
        using var sink = Sink();

        for (var i = 0; i < 3; i++)
        {
            await sink.ReportAsync(new ProgressUpdate($"Step {i}"), Cancel);
            _time.Advance(TimeSpan.FromSeconds(1.1));
        }

        Assert.Equal(["progress:Step 0", "progress:Step 1", "progress:Step 2"], _target.Calls);
    }

    [Fact]
    public async Task The_reply_replaces_a_waiting_update_and_nothing_shows_after_it()
    {
        using var sink = Sink();

        await sink.ReportAsync(new ProgressUpdate("Step 1"), Cancel);
        await sink.ReportAsync(new ProgressUpdate("Step 2"), Cancel);
        await sink.CompleteAsync(Reply.Text("Done"), Cancel);
        _time.Advance(TimeSpan.FromSeconds(5));
        await sink.ReportAsync(new ProgressUpdate("Too late"), Cancel);

        Assert.Equal(["progress:Step 1", "reply:Done"], _target.Calls);
    }

    [Fact]
    public async Task A_failed_progress_edit_does_not_stop_the_reply()
    {
        _target.FailProgress = true;
        using var sink = Sink();

        await sink.ReportAsync(new ProgressUpdate("Step 1"), Cancel);
        await sink.CompleteAsync(Reply.Text("Done"), Cancel);

        Assert.Equal(["progress:Step 1", "reply:Done"], _target.Calls);
        Assert.Equal(0, sink.Sent);
    }

    private DiscordProgressSink Sink() => new(_target, _time, TimeSpan.FromSeconds(1), "200", NullLogger.Instance);
}
