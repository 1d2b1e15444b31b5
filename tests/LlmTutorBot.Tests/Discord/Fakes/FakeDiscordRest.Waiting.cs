namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>Waiting for a request within a test (the benchmark compiles the fake without this part).</summary>
internal sealed partial class FakeDiscordRest
{
    /// <summary>The first request (already received or still to come) that matches; fails the test after a while.</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, int seconds = 10) =>
        WaitForRequestAsync(match, seconds, TestContext.Current.CancellationToken);
}
