using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Llm;

/// <summary>/help says which model answers, or that the built-in engines do.</summary>
public sealed class LlmHelpTests(RedisFixture redis)
{
    [Fact]
    public async Task Help_says_when_no_model_is_configured()
    {
        await using var services = BotServices.Build(redis.ConnectionString, addFeatures: s => s.AddLlm());

        var result = await HelpAsync(services);

        Assert.Contains("🤖 No AI model is configured", result.Reply.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_provider_and_model_in_the_users_language()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Model"] = "llama3.2",
            ["Bot:DefaultLanguage"] = "Fr",
        };
        await using var services = BotServices.Build(redis.ConnectionString, settings, s => s.AddLlm());

        var result = await HelpAsync(services);

        Assert.Contains("🤖 Modèle d'IA : llama3.2 (OpenAICompatible)", result.Reply.Markdown, StringComparison.Ordinal);
    }

    private static Task<TurnResult> HelpAsync(ServiceProvider services) =>
        services.GetRequiredService<TurnProcessor>().ProcessAsync(
            Messages.Text(Messages.NewConversation(), Messages.NewUser(), "/help"),
            cancellationToken: TestContext.Current.CancellationToken);
}
