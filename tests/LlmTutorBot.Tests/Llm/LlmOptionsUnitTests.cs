using LlmTutorBot.Llm.Hosting;

namespace LlmTutorBot.Tests.Llm;

/// <summary>Each provider's required settings, checked at start-up with a message naming the setting to fix.</summary>
public sealed class LlmOptionsUnitTests
{
    private static readonly LlmOptionsValidator Validator = new();

    [Fact]
    public void The_default_is_no_provider_and_it_is_valid()
    {
        var options = new LlmOptions();

        Assert.Equal(LlmProvider.None, options.Provider);
        Assert.False(options.IsEnabled);
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI)]
    [InlineData(LlmProvider.AzureOpenAI)]
    [InlineData(LlmProvider.OpenAICompatible)]
    public void A_provider_needs_a_model(LlmProvider provider)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = "http://localhost:11434/v1", ApiKey = "k" };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Llm:Model is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LlmProvider.AzureOpenAI)]
    [InlineData(LlmProvider.OpenAICompatible)]
    public void Azure_and_compatible_servers_need_an_endpoint(LlmProvider provider)
    {
        var options = new LlmOptions { Provider = provider, Model = "m", ApiKey = "k" };

        var result = Validator.Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Llm:Endpoint is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("localhost:11434")]
    [InlineData("ftp://models.example/v1")]
    [InlineData("/v1")]
    public void The_endpoint_must_be_an_absolute_http_url(string endpoint)
    {
        var options = new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3.2", Endpoint = endpoint };

        var result = Validator.Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Llm:Endpoint must be an absolute http or https URL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI)]
    [InlineData(LlmProvider.AzureOpenAI)]
    public void OpenAI_and_Azure_need_a_key(LlmProvider provider)
    {
        var options = new LlmOptions { Provider = provider, Model = "gpt-4o-mini", Endpoint = "https://tutor.openai.azure.com" };

        var result = Validator.Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith("Llm:ApiKey is required", StringComparison.Ordinal));
    }

    [Fact]
    public void An_Ollama_server_needs_no_key()
    {
        var options = new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3.2", Endpoint = "http://localhost:11434/v1" };

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void OpenAI_defaults_to_the_public_endpoint_which_stays_a_setting()
    {
        var defaulted = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "gpt-4o-mini", ApiKey = "k" };
        var configured = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "gpt-4o-mini", ApiKey = "k", Endpoint = "http://127.0.0.1:5000/v1" };

        Assert.True(Validator.Validate(null, defaulted).Succeeded);
        Assert.Equal(new Uri(LlmOptions.OpenAIEndpoint), defaulted.EffectiveEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:5000/v1"), configured.EffectiveEndpoint);
    }

    [Fact]
    public void Ranges_are_checked_and_the_answer_must_fit_in_the_context()
    {
        var options = new LlmOptions { Provider = LlmProvider.OpenAI, Model = "gpt-4o-mini", ApiKey = "k", MaxRetries = 50, ContextTokens = 4_096, MaxOutputTokens = 8_000 };

        var result = Validator.Validate(null, options);

        Assert.Contains(result.Failures!, f => f.Contains("MaxRetries", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Llm:MaxOutputTokens (8000) must be smaller", StringComparison.Ordinal));
    }

    [Fact]
    public void No_failure_message_contains_the_key()
    {
        var options = new LlmOptions { Provider = LlmProvider.AzureOpenAI, ApiKey = "sk-secret-value", Endpoint = "not a url" };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.DoesNotContain(result.Failures!, f => f.Contains("sk-secret-value", StringComparison.Ordinal));
    }
}
