using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Rate limits, server errors and a server that never answers: retried, then <see cref="LlmUnavailableException"/>, never a hang.</summary>
public sealed class LlmFaultTests
{
    [Fact]
    public async Task A_429_is_retried_with_the_same_request_and_then_answers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Fail(429, retryAfter: "1"), FakeChatReply.Text("Answered on the second try."));
        // A base delay far above Retry-After: only honouring the header lets the retry come as soon as it does.
        var settings = LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:RetryBaseDelayMilliseconds"] = "60000", ["Llm:MaxRetryDelaySeconds"] = "600" });
        await using var services = LlmServices.Build(settings);
        var client = services.GetRequiredService<ILlmClient>();

        var response = await client.CompleteAsync(new LlmRequest("test.429", "s", "u", 50), TestContext.Current.CancellationToken);

        Assert.Equal("Answered on the second try.", response.Text);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Fact]
    public async Task Server_errors_are_retried_up_to_the_limit_then_the_call_is_unavailable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Fail(500);
        await using var services = LlmServices.Build(LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:MaxRetries"] = "2" }));

        await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.500", "s", "u", 50), TestContext.Current.CancellationToken));

        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_503_then_a_success_answers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Fail(503), FakeChatReply.Fail(502), FakeChatReply.Text("Back."));
        await using var services = LlmServices.Build(LlmServices.Settings(server));

        var response = await services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.503", "s", "u", 50), TestContext.Current.CancellationToken);

        Assert.Equal("Back.", response.Text);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Fail(401);
        await using var services = LlmServices.Build(LlmServices.Settings(server));

        await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.401", "s", "u", 50), TestContext.Current.CancellationToken));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_unavailable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeChatReply.Hang();
        var settings = LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:TimeoutSeconds"] = "1", ["Llm:MaxRetries"] = "1" });
        await using var services = LlmServices.Build(settings);

        var failure = await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.hang", "s", "u", 50), TestContext.Current.CancellationToken));

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("no answer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_down_is_unavailable()
    {
        string endpoint;
        await using (var server = await FakeOpenAiServer.StartAsync())
        {
            endpoint = server.Endpoint;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = "llama3.2",
            ["Llm:MaxRetries"] = "1",
            ["Llm:RetryBaseDelayMilliseconds"] = "1",
        };
        await using var services = LlmServices.Build(settings);

        await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.down", "s", "u", 50), TestContext.Current.CancellationToken));
    }
}
