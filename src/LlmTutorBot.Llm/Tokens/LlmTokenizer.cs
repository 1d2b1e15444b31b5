using Microsoft.ML.Tokenizers;

namespace LlmTutorBot.Llm.Tokens;

/// <summary>
/// Counts tokens as the configured model does (Tiktoken), or with o200k_base for model names Tiktoken does not know
/// (Ollama's, vLLM's): close enough to keep chunks under budget, which is all the count is for.
/// </summary>
public sealed class LlmTokenizer
{
    public const string FallbackEncoding = "o200k_base";

    private readonly Tokenizer _tokenizer;

    public LlmTokenizer(string? model)
    {
        (_tokenizer, Encoding) = Create(model);
    }

    /// <summary>The model's own encoding, or "o200k_base" when it fell back.</summary>
    public string Encoding { get; }

    public int CountTokens(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.CountTokens(text);

    private static (Tokenizer Tokenizer, string Encoding) Create(string? model)
    {
        if (!string.IsNullOrWhiteSpace(model))
        {
            try
            {
                return (TiktokenTokenizer.CreateForModel(model), model);
            }
            catch (NotSupportedException)
            {
                // An unknown model name: fall through to the default encoding.
            }
        }

        return (TiktokenTokenizer.CreateForEncoding(FallbackEncoding), FallbackEncoding);
    }
}
