namespace LlmTutorBot.Llm.Hosting;

/// <summary>Which service answers chat completions (<c>Llm:Provider</c>).</summary>
public enum LlmProvider
{
    /// <summary>No model: every skill uses its embedded engine.</summary>
    None,

    /// <summary>OpenAI's API (the endpoint defaults to the public one).</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource: the endpoint is the resource, the model its deployment.</summary>
    AzureOpenAI,

    /// <summary>Any server with OpenAI's chat-completions API: Ollama, vLLM, LM Studio.</summary>
    OpenAICompatible,
}
