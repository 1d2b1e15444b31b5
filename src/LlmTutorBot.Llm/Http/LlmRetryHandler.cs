using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Llm.Http;

/// <summary>
/// The LLM HttpClient's handler: each attempt gets <c>Llm:TimeoutSeconds</c>; a 429, a 5xx, a timeout or a broken
/// connection is retried up to <c>Llm:MaxRetries</c> times with <see cref="LlmRetryPolicy"/>. When nothing is left
/// it throws <see cref="LlmUnavailableException"/>, or returns the last error answer for the SDK to report.
/// </summary>
public sealed class LlmRetryHandler(IOptions<LlmOptions> options, TimeProvider time, ILogger<LlmRetryHandler> logger) : DelegatingHandler
{
    private readonly LlmOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // Buffered once, so that every attempt sends the same body.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var retry = 0; ; retry++)
        {
            var retriesLeft = retry < _options.MaxRetries;
            using var attemptTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            string failure;
            try
            {
                var response = await base.SendAsync(request, linked.Token);
                if (!LlmRetryPolicy.IsTransient(response.StatusCode) || !retriesLeft)
                {
                    return response;
                }

                var delay = LlmRetryPolicy.Delay(retry + 1, LlmRetryPolicy.RetryAfter(response.Headers, time.GetUtcNow()), Random.Shared.NextDouble(), _options);
                LlmLog.Retrying(logger, response.StatusCode, retry + 1, _options.MaxRetries, delay.TotalMilliseconds);
                response.Dispose();
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {_options.TimeoutSeconds} s";
            }
            catch (HttpRequestException exception)
            {
                failure = exception.HttpRequestError == HttpRequestError.Unknown ? exception.Message : exception.HttpRequestError.ToString();
            }

            if (!retriesLeft)
            {
                throw new LlmUnavailableException($"The LLM endpoint gave no answer after {retry + 1} attempt(s): {failure}.");
            }

            var wait = LlmRetryPolicy.Delay(retry + 1, null, Random.Shared.NextDouble(), _options);
            LlmLog.RetryingAfterError(logger, failure, retry + 1, _options.MaxRetries, wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
