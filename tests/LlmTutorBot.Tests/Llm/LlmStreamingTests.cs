using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Streaming: partial text while the answer comes, throttled on the clock, then the whole answer and its usage.</summary>
public sealed class LlmStreamingTests
{
    private static readonly string[] Chunks = ["Large ", "language ", "models ", "predict tokens."];

    [Fact]
    public async Task Partials_arrive_as_the_answer_streams_then_the_final_text()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Streamed(Chunks) with { InputTokens = 55, OutputTokens = 7 });
        var clock = new FakeTimeProvider();
        await using var services = LlmServices.Build(LlmServices.Settings(server), clock);
        var partials = new List<string>();
        var request = new LlmRequest("test.stream", "s", "u", 50, (text, _) =>
        {
            partials.Add(text);
            // The user reads for a while: the next chunk is past the throttle interval.
            clock.Advance(TimeSpan.FromSeconds(2));
            return ValueTask.CompletedTask;
        });

        var response = await services.GetRequiredService<ILlmClient>().CompleteAsync(request, TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(server.Requests).Stream);
        Assert.Equal(["Large ", "Large language ", "Large language models ", "Large language models predict tokens."], partials);
        Assert.Equal("Large language models predict tokens.", response.Text);
        Assert.Equal(new LlmTutorBot.Llm.Usage.LlmUsage(1, 55, 7), response.Usage);
    }

    [Fact]
    public async Task Partials_are_throttled_to_one_per_interval_plus_the_final_text()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Streamed(Chunks));
        // The clock stands still: every chunk after the first comes within the interval.
        await using var services = LlmServices.Build(LlmServices.Settings(server), new FakeTimeProvider());
        var partials = new List<string>();
        var request = new LlmRequest("test.throttle", "s", "u", 50, (text, _) =>
        {
            partials.Add(text);
            return ValueTask.CompletedTask;
        });

        var response = await services.GetRequiredService<ILlmClient>().CompleteAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["Large ", "Large language models predict tokens."], partials);
        Assert.Equal(partials[^1], response.Text);
    }
}
