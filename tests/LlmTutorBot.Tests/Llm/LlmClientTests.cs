using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Llm;

/// <summary>The Semantic Kernel client against the fake OpenAI-compatible server: what it sends and what it reports.</summary>
public sealed class LlmClientTests
{
    [Fact]
    public async Task A_completion_sends_the_system_and_user_messages_with_the_model_and_the_output_limit()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Text("Attention weighs every token against the others.", inputTokens: 321, outputTokens: 12));
        await using var services = LlmServices.Build(LlmServices.Settings(server));
        var client = services.GetRequiredService<ILlmClient>();

        var response = await client.CompleteAsync(new LlmRequest("test.complete", "You are a tutor.", "What is attention?", 200), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(LlmServices.Model, request.Model);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Equal("You are a tutor.", request.System);
        Assert.Equal("What is attention?", request.User);
        Assert.Equal(200, request.MaxTokens);
        Assert.False(request.Stream);
        Assert.Equal("Attention weighs every token against the others.", response.Text);
        Assert.Equal(new LlmTutorBot.Llm.Usage.LlmUsage(1, 321, 12), response.Usage);
        Assert.True(client.IsEnabled);
        Assert.Equal(new LlmProviderInfo("OpenAICompatible", LlmServices.Model, 128_000), client.Provider);
    }

    [Fact]
    public async Task The_output_limit_is_capped_by_the_configured_maximum()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var services = LlmServices.Build(LlmServices.Settings(server, new Dictionary<string, string?> { ["Llm:MaxOutputTokens"] = "64" }));

        await services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.cap", "s", "u", 5_000), TestContext.Current.CancellationToken);

        Assert.Equal(64, Assert.Single(server.Requests).MaxTokens);
    }

    [Fact]
    public async Task Usage_is_counted_with_the_tokenizer_when_the_server_does_not_report_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeChatReply.Text("four words right here") with { OmitUsage = true });
        await using var services = LlmServices.Build(LlmServices.Settings(server));
        var client = services.GetRequiredService<ILlmClient>();

        var response = await client.CompleteAsync(new LlmRequest("test.count", "You are a tutor.", "Explain tokens.", 100), TestContext.Current.CancellationToken);

        Assert.Equal(1, response.Usage.Calls);
        Assert.Equal(client.CountTokens("four words right here"), response.Usage.OutputTokens);
        Assert.Equal(client.CountTokens("You are a tutor.") + client.CountTokens("Explain tokens.") + 8, response.Usage.InputTokens);
        Assert.True(response.Usage.OutputTokens is > 0 and < 10);
    }

    [Fact]
    public async Task Azure_OpenAI_calls_the_deployment_path_with_the_api_key_header()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var settings = LlmServices.Settings(server, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = server.BaseUrl,
            ["Llm:Model"] = "tutor-deployment",
            ["Llm:ApiKey"] = "azure-test-key",
        });
        await using var services = LlmServices.Build(settings);

        var response = await services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.azure", "s", "u", 50), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/tutor-deployment/chat/completions", request.Path);
        Assert.Equal("OK", response.Text);
    }

    [Fact]
    public async Task A_spent_budget_refuses_the_call_without_sending_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var budget = new SpentBudget();
        await using var services = LlmServices.Build(LlmServices.Settings(server), configure: s => s.AddSingleton<LlmTutorBot.Llm.Usage.ILlmTokenBudget>(budget));

        var failure = await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            services.GetRequiredService<ILlmClient>().CompleteAsync(new LlmRequest("test.budget", "s", "u", 50), TestContext.Current.CancellationToken));

        Assert.True(failure.BudgetExceeded);
        Assert.Empty(server.Requests);
    }

    private sealed class SpentBudget : LlmTutorBot.Llm.Usage.ILlmTokenBudget
    {
        public ValueTask<bool> HasBudgetAsync(LlmTutorBot.Llm.Usage.LlmBudgetScope? scope, CancellationToken cancellationToken) => ValueTask.FromResult(false);

        public ValueTask RecordAsync(LlmTutorBot.Llm.Usage.LlmBudgetScope? scope, LlmTutorBot.Llm.Usage.LlmUsage usage, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
