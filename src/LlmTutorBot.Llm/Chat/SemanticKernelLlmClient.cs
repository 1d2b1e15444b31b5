using System.ClientModel;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Llm.Tokens;
using LlmTutorBot.Llm.Usage;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace LlmTutorBot.Llm.Chat;

/// <summary>
/// <see cref="ILlmClient"/> over a Semantic Kernel chat-completion service (OpenAI, Azure OpenAI or any
/// OpenAI-compatible server). Checks the budget, streams when asked, counts the cost, and turns every failure into
/// <see cref="LlmUnavailableException"/> so that callers fall back to their embedded engine.
/// </summary>
public sealed partial class SemanticKernelLlmClient(
    IChatCompletionService chat,
    LlmOptions options,
    LlmTokenizer tokenizer,
    ILlmTokenBudget budget,
    LlmMetrics metrics,
    TimeProvider time,
    ILogger<SemanticKernelLlmClient> logger) : ILlmClient
{
    // What a chat message adds beyond its text in OpenAI's format (role and separators), for counted usage.
    private const int TokensPerMessage = 4;

    public bool IsEnabled => true;

    public LlmProviderInfo Provider { get; } = new(options.Provider.ToString(), options.Model ?? "", options.ContextTokens);

    public int CountTokens(string text) => tokenizer.CountTokens(text);

    public async Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await budget.HasBudgetAsync(request.BudgetScope, cancellationToken))
        {
            LlmLog.BudgetSpent(logger, request.Operation);
            metrics.Failed(request.Operation, "budget", TimeSpan.Zero);
            throw new LlmUnavailableException("The LLM token budget is spent for today.") { BudgetExceeded = true };
        }

        LlmLog.Prompt(logger, request.Operation, request.System.Length, request.User.Length);
        var history = new ChatHistory();
        history.AddSystemMessage(request.System);
        history.AddUserMessage(request.User);
        var settings = new OpenAIPromptExecutionSettings
        {
            MaxTokens = Math.Min(request.MaxOutputTokens, options.MaxOutputTokens),
            Temperature = request.Temperature,
        };
        if (request.ResponseSchema is { } schema)
        {
            // Every provider here speaks OpenAI's chat completions, whose response_format takes a strict JSON schema.
            settings.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(schema.Name, BinaryData.FromString(schema.Schema), jsonSchemaIsStrict: true);
        }

        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(OverallDeadline(), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        (string Text, LlmUsage? Reported) answer;
        try
        {
            answer = request.OnPartial is null
                ? await CompleteOnceAsync(history, settings, linked.Token)
                : await StreamAsync(history, settings, request.OnPartial, linked.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var elapsed = time.GetElapsedTime(started);
            var reason = Reason(exception);
            metrics.Failed(request.Operation, reason, elapsed);
            LlmLog.Failed(logger, request.Operation, Provider.Model, elapsed.TotalMilliseconds, Describe(exception));
            throw exception as LlmUnavailableException ?? new LlmUnavailableException($"The LLM could not answer: {Describe(exception)}", exception);
        }

        var duration = time.GetElapsedTime(started);
        if (string.IsNullOrWhiteSpace(answer.Text))
        {
            metrics.Failed(request.Operation, "empty", duration);
            LlmLog.Failed(logger, request.Operation, Provider.Model, duration.TotalMilliseconds, "an empty answer");
            throw new LlmUnavailableException("The LLM gave an empty answer.");
        }

        var usage = answer.Reported ?? Counted(request, answer.Text);
        metrics.Completed(request.Operation, Provider.Model, usage, duration);
        LlmLog.Completed(logger, request.Operation, Provider.Model, usage.Calls, usage.InputTokens, usage.OutputTokens, duration.TotalMilliseconds);
        await budget.RecordAsync(request.BudgetScope, usage, cancellationToken);
        return new LlmResponse(answer.Text, usage);
    }

    private async Task<(string Text, LlmUsage? Reported)> CompleteOnceAsync(ChatHistory history, OpenAIPromptExecutionSettings settings, CancellationToken cancellationToken)
    {
        var message = await chat.GetChatMessageContentAsync(history, settings, kernel: null, cancellationToken);
        return (message.Content ?? "", ReportedUsage(message.Metadata));
    }

    /// <summary>Input counted as the model would see it (both messages), output counted from the answer.</summary>
    private LlmUsage Counted(LlmRequest request, string answer) => new(
        1,
        tokenizer.CountTokens(request.System) + tokenizer.CountTokens(request.User) + (2 * TokensPerMessage),
        tokenizer.CountTokens(answer));

    /// <summary>Every attempt's timeout and every wait between them, plus a margin: past it the call is abandoned.</summary>
    private TimeSpan OverallDeadline() =>
        TimeSpan.FromSeconds(((options.MaxRetries + 1) * (double)options.TimeoutSeconds) + (options.MaxRetries * (double)options.MaxRetryDelaySeconds) + 5);

    private static LlmUsage? ReportedUsage(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata is not null && metadata.TryGetValue("Usage", out var value) && value is OpenAI.Chat.ChatTokenUsage usage
            ? new LlmUsage(1, usage.InputTokenCount, usage.OutputTokenCount)
            : null;

    private static string Reason(Exception exception) => exception switch
    {
        LlmUnavailableException => "unavailable",
        OperationCanceledException => "timeout",
        HttpOperationException { StatusCode: { } status } => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ClientResultException { Status: > 0 } result => result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "error",
    };

    /// <summary>What went wrong in a line, without the response body (which may echo the prompt).</summary>
    private static string Describe(Exception exception) => exception switch
    {
        LlmUnavailableException => exception.Message,
        OperationCanceledException => "no answer before the deadline",
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status} {status}",
        ClientResultException { Status: > 0 } result => $"HTTP {result.Status}",
        _ => exception.GetType().Name,
    };
}
