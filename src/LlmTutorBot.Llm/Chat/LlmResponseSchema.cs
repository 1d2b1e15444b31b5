namespace LlmTutorBot.Llm.Chat;

/// <summary>
/// The JSON schema the answer must follow (structured output, the chat-completions <c>response_format</c> of type
/// <c>json_schema</c>, strict), which OpenAI, Azure OpenAI, Ollama and vLLM enforce.
/// </summary>
/// <param name="Name">The schema's name (letters, digits, '_' and '-').</param>
/// <param name="Schema">The JSON schema, as JSON text.</param>
public sealed record LlmResponseSchema(string Name, string Schema);
