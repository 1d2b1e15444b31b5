using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>
/// Semantic Kernel's services for the configured provider, over our HttpClient: the SDK's own retries are off, as
/// ours honour Retry-After and report <see cref="Chat.LlmUnavailableException"/>.
/// </summary>
internal static class ChatServiceFactory
{
    // OpenAI-compatible servers (Ollama, vLLM) usually need no key, but the SDK requires one.
    private const string NoKey = "no-key";

    public static IChatCompletionService CreateChat(LlmOptions options, HttpClient http, ILoggerFactory loggerFactory)
    {
        var model = options.Model ?? throw new InvalidOperationException("Llm:Model is required.");
        var client = CreateClient(options, http);
        return client is AzureOpenAIClient azure
            ? new AzureOpenAIChatCompletionService(model, azure, model, loggerFactory)
            : new OpenAIChatCompletionService(model, client, loggerFactory);
    }

    public static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddings(LlmOptions options, HttpClient http)
    {
        var model = options.EmbeddingModel ?? throw new InvalidOperationException("Llm:EmbeddingModel is required.");
        // SK marks its embedding-generator registration experimental (SKEXP0010); this one call is the only use.
#pragma warning disable SKEXP0010
        var kernel = Kernel.CreateBuilder().AddOpenAIEmbeddingGenerator(model, CreateClient(options, http)).Build();
#pragma warning restore SKEXP0010
        return kernel.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }

    private static OpenAIClient CreateClient(LlmOptions options, HttpClient http)
    {
        var endpoint = options.EffectiveEndpoint ?? throw new InvalidOperationException("Llm:Endpoint is required.");
        var credential = new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey);
        var transport = new HttpClientPipelineTransport(http);
        var networkTimeout = TimeSpan.FromSeconds(((options.MaxRetries + 1) * (double)options.TimeoutSeconds) + (options.MaxRetries * (double)options.MaxRetryDelaySeconds) + 5);
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            return new AzureOpenAIClient(endpoint, credential, new AzureOpenAIClientOptions
            {
                Transport = transport,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = networkTimeout,
            });
        }

        return new OpenAIClient(credential, new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = transport,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = networkTimeout,
        });
    }
}
