using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>Semantic Kernel's chat-completion service for the configured provider, over our HttpClient (the SDK's own retries off: ours honour Retry-After and the budget).</summary>
internal static class ChatServiceFactory
{
    // OpenAI-compatible servers (Ollama, vLLM) usually need no key, but the SDK requires one.
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(LlmOptions options, HttpClient http, ILoggerFactory loggerFactory)
    {
        var model = options.Model ?? throw new InvalidOperationException("Llm:Model is required.");
        var endpoint = options.EffectiveEndpoint ?? throw new InvalidOperationException("Llm:Endpoint is required.");
        var credential = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey);
        var transport = new HttpClientPipelineTransport(http);
        var networkTimeout = TimeSpan.FromSeconds(((options.MaxRetries + 1) * (double)options.TimeoutSeconds) + (options.MaxRetries * (double)options.MaxRetryDelaySeconds) + 5);
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            var azure = new AzureOpenAIClient(endpoint, credential, new AzureOpenAIClientOptions
            {
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = networkTimeout,
            });
            return new AzureOpenAIChatCompletionService(model, azure, model, loggerFactory);
        }

        var client = new OpenAIClient(credential, new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = transport,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = networkTimeout,
        });
        return new OpenAIChatCompletionService(model, client, loggerFactory);
    }
}
