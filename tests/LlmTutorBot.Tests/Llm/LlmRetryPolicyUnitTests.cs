using System.Net;
using LlmTutorBot.Llm.Hosting;
using LlmTutorBot.Llm.Http;

namespace LlmTutorBot.Tests.Llm;

/// <summary>When to retry and how long to wait: Retry-After first, else exponential backoff with jitter, capped.</summary>
public sealed class LlmRetryPolicyUnitTests
{
    private static readonly LlmOptions Options = new() { RetryBaseDelayMilliseconds = 1_000, MaxRetryDelaySeconds = 30 };

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void Only_rate_limits_and_server_errors_are_transient(HttpStatusCode status, bool transient) =>
        Assert.Equal(transient, LlmRetryPolicy.IsTransient(status));

    [Fact]
    public void Retry_After_is_honoured_exactly()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), LlmRetryPolicy.Delay(1, TimeSpan.FromSeconds(7), 0.9, Options));
    }

    [Fact]
    public void Retry_After_is_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), LlmRetryPolicy.Delay(1, TimeSpan.FromMinutes(10), 0, Options));
    }

    [Fact]
    public void Without_Retry_After_the_delay_doubles_with_jitter_and_is_capped()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), LlmRetryPolicy.Delay(1, null, 0, Options));
        Assert.Equal(TimeSpan.FromMilliseconds(1_000), LlmRetryPolicy.Delay(2, null, 0, Options));
        Assert.Equal(TimeSpan.FromMilliseconds(3_000), LlmRetryPolicy.Delay(3, null, 0.5, Options));
        Assert.Equal(TimeSpan.FromSeconds(30), LlmRetryPolicy.Delay(10, null, 0.99, Options));
    }

    [Fact]
    public void Retry_After_is_read_in_seconds_as_a_date_or_in_milliseconds()
    {
        var now = new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage();
        seconds.Headers.TryAddWithoutValidation("Retry-After", "3");
        using var date = new HttpResponseMessage();
        date.Headers.TryAddWithoutValidation("Retry-After", now.AddSeconds(20).ToString("R"));
        using var milliseconds = new HttpResponseMessage();
        milliseconds.Headers.TryAddWithoutValidation("retry-after-ms", "1500");
        using var none = new HttpResponseMessage();

        Assert.Equal(TimeSpan.FromSeconds(3), LlmRetryPolicy.RetryAfter(seconds.Headers, now));
        Assert.Equal(TimeSpan.FromSeconds(20), LlmRetryPolicy.RetryAfter(date.Headers, now));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), LlmRetryPolicy.RetryAfter(milliseconds.Headers, now));
        Assert.Null(LlmRetryPolicy.RetryAfter(none.Headers, now));
    }
}
