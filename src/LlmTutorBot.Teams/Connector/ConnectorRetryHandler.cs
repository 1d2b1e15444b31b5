using System.Net;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Teams.Connector;

/// <summary>
/// Retries Connector calls answered 429 (throttled), 412 (a concurrent update), 502 or 504, up to
/// <see cref="BotFrameworkOptions.MaxRetries"/> times: after the Retry-After the service asks for when it gives one,
/// otherwise after an exponential backoff with random jitter (½ to 1½ of base × 2^attempt).
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    public static bool IsRetried(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsRetried(response.StatusCode) || attempt > options.Value.MaxRetries)
            {
                return response;
            }

            var delay = DelayFor(response, attempt);
            TeamsLog.ConnectorRetry(logger, (int)response.StatusCode, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", attempt, delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based).</summary>
    internal TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Clamp(delta);
        }

        if (retryAfter?.Date is { } date)
        {
            return Clamp(date - time.GetUtcNow());
        }

        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, attempt - 1);
        return Clamp(backoff * (0.5 + Random.Shared.NextDouble()));
    }

    private static TimeSpan Clamp(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxDelay ? MaxDelay : delay;
}
