using Microsoft.Extensions.Options;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>The ranges (generated), then what each provider needs, each failure saying which setting to fix.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    private readonly LlmOptionsRangeValidator _ranges = new();

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
        {
            failures.AddRange(ranges.Failures);
        }

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Llm:Provider must be None, OpenAI, AzureOpenAI or OpenAICompatible.");
        }

        if (options.IsEnabled)
        {
            failures.AddRange(ProviderFailures(options));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ProviderFailures(LlmOptions options)
    {
        var provider = options.Provider;
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            yield return $"Llm:Model is required when Llm:Provider is {provider} (for AzureOpenAI, the deployment name); set it, or set Llm:Provider to None.";
        }

        var endpointRequired = provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible;
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            if (endpointRequired)
            {
                yield return $"Llm:Endpoint is required when Llm:Provider is {provider}: the server's base URL, such as http://localhost:11434/v1 for Ollama.";
            }
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"Llm:Endpoint must be an absolute http or https URL; '{options.Endpoint}' is not.";
        }

        if (provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            yield return $"Llm:ApiKey is required when Llm:Provider is {provider}; set it from a secret store or the environment (Llm__ApiKey).";
        }

        if (options.MaxOutputTokens >= options.ContextTokens)
        {
            yield return $"Llm:MaxOutputTokens ({options.MaxOutputTokens}) must be smaller than Llm:ContextTokens ({options.ContextTokens}).";
        }
    }
}

[OptionsValidator]
internal sealed partial class LlmOptionsRangeValidator : IValidateOptions<LlmOptions>;
