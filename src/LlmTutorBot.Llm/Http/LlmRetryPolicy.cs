using System.Net;
using System.Net.Http.Headers;
using LlmTutorBot.Llm.Hosting;

namespace LlmTutorBot.Llm.Http;

/// <summary>Which answers are retried, and how long to wait first: the server's Retry-After when it says, else exponential backoff with jitter; capped either way.</summary>
public static class LlmRetryPolicy
{
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>The wait before retry <paramref name="retry"/> (from 1). <paramref name="jitter"/> is a number in [0, 1).</summary>
    public static TimeSpan Delay(int retry, TimeSpan? retryAfter, double jitter, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cap = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds);
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > cap ? cap : asked;
        }

        // Full doubling from the base, scaled by 50–100 % so that clients that failed together retry apart.
        var exponential = options.RetryBaseDelayMilliseconds * Math.Pow(2, Math.Max(0, retry - 1)) * (0.5 + (jitter / 2));
        return TimeSpan.FromMilliseconds(Math.Min(exponential, cap.TotalMilliseconds));
    }

    /// <summary>The server's Retry-After (seconds or a date), or Azure's retry-after-ms; null when it says nothing.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };
    }
}
