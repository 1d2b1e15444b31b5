using System.ComponentModel.DataAnnotations;
using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>The language model the skills use, and what it may cost.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>OpenAI's public API, used when <see cref="Endpoint"/> is empty and the provider is OpenAI.</summary>
    public const string OpenAIEndpoint = "https://api.openai.com/v1";

    /// <summary>None (the default: embedded engines only), OpenAI, AzureOpenAI or OpenAICompatible.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>The API's base URL (http or https); required for AzureOpenAI and OpenAICompatible.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The chat model (for Azure, the deployment name).</summary>
    public string? Model { get; set; }

    /// <summary>The embedding model; empty for none.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>The API key; required for OpenAI and AzureOpenAI. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model's context window in tokens: prompts and transcript chunks are cut to fit under it.</summary>
    [Range(1_024, 10_000_000)]
    public int ContextTokens { get; set; } = 128_000;

    /// <summary>The most tokens one answer may take, unless a skill asks for fewer.</summary>
    [Range(16, 1_000_000)]
    public int MaxOutputTokens { get; set; } = 8_192;

    /// <summary>How long one HTTP attempt may take before it is abandoned (and retried, if retries are left).</summary>
    [Range(1, 3_600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>How many times a 429, a 5xx or a timed-out attempt is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    [Range(0, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1_000;

    /// <summary>The longest wait between two attempts, whatever the server's Retry-After says.</summary>
    [Range(1, 600)]
    public int MaxRetryDelaySeconds { get; set; } = 30;

    /// <summary>The least time between two partial-answer updates while an answer streams.</summary>
    [Range(100, 60_000)]
    public int StreamingIntervalMilliseconds { get; set; } = 1_000;

    /// <summary>US dollars per million input tokens, for the estimated cost in result footers (0: no estimate).</summary>
    [Range(0.0, 10_000.0)]
    public decimal InputPricePerMillion { get; set; }

    /// <summary>US dollars per million output tokens, for the estimated cost in result footers (0: no estimate).</summary>
    [Range(0.0, 10_000.0)]
    public decimal OutputPricePerMillion { get; set; }

    public bool IsEnabled => Provider != LlmProvider.None;

    public LlmPrices Prices => new(InputPricePerMillion, OutputPricePerMillion);

    /// <summary>The endpoint in use: the configured one, else OpenAI's public API for OpenAI.</summary>
    public Uri? EffectiveEndpoint => !string.IsNullOrWhiteSpace(Endpoint) && Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri)
        ? uri
        : Provider == LlmProvider.OpenAI ? new Uri(OpenAIEndpoint) : null;
}
