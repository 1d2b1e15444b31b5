using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LlmTutorBot.Core.Doctor;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Llm.Hosting;

/// <summary>
/// The model: whether the endpoint offers it (GET /models), and two small calls with the configured key: a streamed
/// one-token answer (the bot streams its answers) and a structured (JSON schema) answer, which the bot does not need.
/// </summary>
public sealed class LlmDoctorCheck(IOptions<LlmOptions> options, IHttpClientFactory httpClients) : IDoctorCheck
{
    /// <summary>The HttpClient it uses: no retries, so a failure shows at once.</summary>
    public const string HttpClientName = "LlmTutorBot.Llm.Doctor";

    private const string AzureApiVersion = "2024-10-21";

    public int Order => 20;

    public async Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        var llm = options.Value;
        if (!llm.IsEnabled)
        {
            return [DoctorFinding.NotConfigured("Model", "Llm:Provider is None: the embedded engines answer")];
        }

        if (llm.EffectiveEndpoint is not { } endpoint || string.IsNullOrWhiteSpace(llm.Model))
        {
            return [DoctorFinding.Fail("Model", "no endpoint or no model", "set Llm:Endpoint and Llm:Model")];
        }

        var http = httpClients.CreateClient(HttpClientName);
        return
        [
            await ModelsAsync(http, llm, endpoint, cancellationToken),
            await StreamingAsync(http, llm, endpoint, cancellationToken),
            await StructuredOutputAsync(http, llm, endpoint, cancellationToken),
        ];
    }

    private static async Task<DoctorFinding> ModelsAsync(HttpClient http, LlmOptions llm, Uri endpoint, CancellationToken cancellationToken)
    {
        const string Check = "Model";
        if (llm.Provider == LlmProvider.AzureOpenAI)
        {
            return DoctorFinding.Info(Check, $"deployment {llm.Model} at {endpoint.Host} (Azure lists models, not deployments: the calls below try it)");
        }

        try
        {
            using var request = Request(HttpMethod.Get, new Uri(Base(endpoint), "models"), llm, body: null);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                return DoctorFinding.Fail(Check, $"{endpoint.Host} refuses the key ({(int)response.StatusCode})", "check Llm:ApiKey");
            }

            if (!response.IsSuccessStatusCode)
            {
                return DoctorFinding.Info(Check, $"{endpoint.Host} lists no models ({(int)response.StatusCode}): the calls below try {llm.Model}");
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var ids = json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Select(m => m.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>().ToList()
                : [];
            return ids.Contains(llm.Model!, StringComparer.OrdinalIgnoreCase)
                ? DoctorFinding.Pass(Check, $"{llm.Model} is offered by {endpoint.Host} ({llm.Provider}, {ids.Count} models)")
                : DoctorFinding.Fail(Check, $"{endpoint.Host} does not offer {llm.Model}; it offers {string.Join(", ", ids.Take(8))}{(ids.Count > 8 ? ", …" : "")}", "set Llm:Model to one of them");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DoctorFinding.Fail(Check, $"{endpoint.Host} cannot be reached ({exception.Message})", "check Llm:Endpoint and the network path to it");
        }
    }

    private static async Task<DoctorFinding> StreamingAsync(HttpClient http, LlmOptions llm, Uri endpoint, CancellationToken cancellationToken)
    {
        const string Check = "Model streaming";
        var body = Body(llm, "Reply with the word OK.", maxTokens: 1);
        body["stream"] = true;
        try
        {
            using var request = Request(HttpMethod.Post, ChatUrl(llm, endpoint), llm, body);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return DoctorFinding.Fail(Check, $"a one-token streamed call was refused: {(int)response.StatusCode} {await ErrorAsync(response, cancellationToken)}", Remedy(response.StatusCode));
            }

            var chunks = 0;
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal) && line[5..].Trim() is var data && data != "[DONE]")
                {
                    using var chunk = JsonDocument.Parse(data);
                    chunks++;
                }
            }

            return chunks > 0
                ? DoctorFinding.Pass(Check, $"a one-token call to {llm.Model} streamed {chunks} chunk{(chunks == 1 ? "" : "s")}")
                : DoctorFinding.Fail(Check, "the streamed answer had no chunk", "check that Llm:Endpoint is an OpenAI-compatible chat API with streaming (server-sent events)");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DoctorFinding.Fail(Check, $"the call failed ({exception.Message})", "check Llm:Endpoint and the network path to it");
        }
    }

    private static async Task<DoctorFinding> StructuredOutputAsync(HttpClient http, LlmOptions llm, Uri endpoint, CancellationToken cancellationToken)
    {
        const string Check = "Model structured output";
        var body = Body(llm, "Answer with ok set to true.", maxTokens: 32);
        body["response_format"] = new JsonObject
        {
            ["type"] = "json_schema",
            ["json_schema"] = new JsonObject
            {
                ["name"] = "doctor",
                ["strict"] = true,
                ["schema"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["ok"] = new JsonObject { ["type"] = "boolean" } },
                    ["required"] = new JsonArray("ok"),
                    ["additionalProperties"] = false,
                },
            },
        };
        try
        {
            using var request = Request(HttpMethod.Post, ChatUrl(llm, endpoint), llm, body);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return DoctorFinding.Info(Check, $"not supported ({(int)response.StatusCode} {await ErrorAsync(response, cancellationToken)}); the bot does not need it");
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var content = json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() ?? "";
            using var answer = JsonDocument.Parse(content);
            return answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty("ok", out _)
                ? DoctorFinding.Pass(Check, "a JSON-schema answer came back as the schema asks")
                : DoctorFinding.Info(Check, "the answer did not follow the schema; the bot does not need it");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            return DoctorFinding.Info(Check, "the answer was not JSON: structured output is not supported; the bot does not need it");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DoctorFinding.Fail(Check, $"the call failed ({exception.Message})", "check Llm:Endpoint and the network path to it");
        }
    }

    private static JsonObject Body(LlmOptions llm, string prompt, int maxTokens) => new()
    {
        ["model"] = llm.Model,
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }),
        // OpenAI's newer models refuse max_tokens; many compatible servers know only max_tokens.
        [llm.Provider == LlmProvider.OpenAICompatible ? "max_tokens" : "max_completion_tokens"] = maxTokens,
    };

    private static HttpRequestMessage Request(HttpMethod method, Uri url, LlmOptions llm, JsonObject? body)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (string.IsNullOrWhiteSpace(llm.ApiKey))
        {
            return request;
        }

        if (llm.Provider == LlmProvider.AzureOpenAI)
        {
            request.Headers.Add("api-key", llm.ApiKey);
        }
        else
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", llm.ApiKey);
        }

        return request;
    }

    private static Uri Base(Uri endpoint) => new(endpoint.ToString().TrimEnd('/') + "/");

    private static Uri ChatUrl(LlmOptions llm, Uri endpoint) => llm.Provider == LlmProvider.AzureOpenAI
        ? new Uri(Base(endpoint), $"openai/deployments/{Uri.EscapeDataString(llm.Model!)}/chat/completions?api-version={AzureApiVersion}")
        : new Uri(Base(endpoint), "chat/completions");

    private static string Remedy(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "check Llm:ApiKey",
        HttpStatusCode.NotFound => "check Llm:Endpoint and Llm:Model (for Azure, the deployment name)",
        HttpStatusCode.TooManyRequests => "the key's quota or rate limit is spent: check the provider's billing and limits",
        _ => "check Llm:Endpoint, Llm:Model and the provider's status",
    };

    private static async Task<string> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message))
            {
                return message.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
        }

        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
