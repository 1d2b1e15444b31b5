using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LlmTutorBot.Discord.JsonModels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Rest;

/// <summary>
/// Discord's REST API at <c>Discord:ApiBaseUrl</c>, with the User-Agent Discord requires and its rate limits respected
/// (<see cref="DiscordRateLimiter"/>). Bot routes carry the bot token; interaction webhooks carry their own token in the path.
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients,
    DiscordRateLimiter limiter,
    IOptions<DiscordOptions> options,
    DiscordStatus status,
    DiscordRetryPolicy retry,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>The User-Agent Discord requires: "DiscordBot ($url, $versionNumber)".</summary>
    public static readonly string UserAgent = $"DiscordBot (https://github.com/llmtutorbot/llmtutorbot, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    /// <summary>The name of the configured <see cref="HttpClient"/>.</summary>
    public const string HttpClientName = "Discord";

    private const int MaxRateLimitedAttempts = 4;
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(2);

    private enum Auth
    {
        Bot,
        None,
    }

    /// <summary>Configures the typed client: base address, User-Agent and JSON. Each attempt has its own timeout (<see cref="DiscordRetryPolicy"/>).</summary>
    public static void Configure(HttpClient client, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.ApiBaseUrl.ToString();
        client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private Task<T> SendAsync<T>(HttpMethod method, string path, Func<HttpContent?> content, JsonTypeInfo<T> response, Auth auth, CancellationToken cancellationToken) =>
        SendCoreAsync(method, path, content, response, auth, cancellationToken)!;

    private async Task SendAsync(HttpMethod method, string path, Func<HttpContent?> content, Auth auth, CancellationToken cancellationToken) =>
        await SendCoreAsync<object>(method, path, content, null, auth, cancellationToken);

    private async Task<T?> SendCoreAsync<T>(
        HttpMethod method,
        string path,
        Func<HttpContent?> content,
        JsonTypeInfo<T>? responseType,
        Auth auth,
        CancellationToken cancellationToken)
    {
        var route = DiscordRoute.For(method, path);
        var started = time.GetTimestamp();
        var transient = 0;
        for (var rateLimited = 1; ; rateLimited++)
        {
            TimeSpan? retryAfter;
            using (await limiter.AcquireAsync(route, cancellationToken))
            {
                while (true)
                {
                    var token = auth == Auth.Bot ? BotToken() : null;
                    using var request = new HttpRequestMessage(method, path) { Content = content() };
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
                    }

                    using var attemptTimeout = new CancellationTokenSource(retry.AttemptTimeout, time);
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
                    HttpResponseMessage answer;
                    try
                    {
                        answer = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        // A timeout or a dropped connection: the request may or may not have been applied, which
                        // is why a new message carries a nonce and the duplicate answers of the others are read as success.
                        if (!await BackOffAsync(route, ++transient, started, exception.GetType().Name, cancellationToken))
                        {
                            throw new DiscordRestException($"Discord did not answer {route.Key} after {transient} attempts.", exception);
                        }

                        continue;
                    }

                    using (answer)
                    {
                        RateLimitBody? limited = null;
                        if (answer.StatusCode == HttpStatusCode.TooManyRequests)
                        {
                            limited = await ReadAsync(answer, DiscordJsonContext.Default.RateLimitBody, cancellationToken);
                        }

                        retryAfter = limiter.Update(route, answer, limited?.RetryAfter, limited?.Global);
                        if (answer.IsSuccessStatusCode)
                        {
                            return responseType is null || answer.StatusCode == HttpStatusCode.NoContent
                                ? default
                                : await ReadAsync(answer, responseType, cancellationToken)
                                    ?? throw new DiscordRestException(route.Key, answer.StatusCode, null, "empty body");
                        }

                        if (DiscordRetryPolicy.IsTransient((int)answer.StatusCode)
                            && await BackOffAsync(route, ++transient, started, ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken))
                        {
                            continue;
                        }

                        if (answer.StatusCode == HttpStatusCode.Unauthorized && auth == Auth.Bot && status.RevokeToken($"Discord answered 401 to {route.Key}"))
                        {
                            DiscordLog.TokenRevoked(logger, route.Key);
                        }

                        if (retryAfter is null || rateLimited >= MaxRateLimitedAttempts || retryAfter > LongestWait)
                        {
                            var error = await ReadErrorAsync(answer, cancellationToken);
                            throw new DiscordRestException(route.Key, answer.StatusCode, error.Code, error.Message);
                        }

                        break;
                    }
                }
            }

            // The limiter now holds the bucket (or everything, for a global 429) until retry_after has passed.
            DiscordLog.RateLimitWait(logger, route.Key, retryAfter.Value.TotalMilliseconds);
        }
    }

    /// <summary>
    /// Waits before transient attempt <paramref name="failures"/> + 1, still holding the route's bucket (so the retry
    /// counts against it and later requests of the route stay behind it); false when the attempts or the deadline are spent.
    /// </summary>
    private async Task<bool> BackOffAsync(DiscordRoute route, int failures, long started, string failure, CancellationToken cancellationToken)
    {
        var wait = retry.Backoff(failures);
        if (failures >= retry.MaxAttempts || time.GetElapsedTime(started) + wait >= retry.Deadline)
        {
            return false;
        }

        DiscordLog.TransientRetry(logger, route.Key, failure, failures + 1, wait.TotalMilliseconds);
        await Task.Delay(wait, time, cancellationToken);
        return true;
    }

    /// <summary>The bot token; refused without a request once Discord revoked it (a 401 after start-up).</summary>
    private string BotToken()
    {
        if (status.RevokedReason is { } reason)
        {
            throw new DiscordRestException($"The bot token was revoked ({reason}): set a new Discord:BotToken and restart.", HttpStatusCode.Unauthorized);
        }

        var token = options.Value.BotToken;
        return string.IsNullOrWhiteSpace(token)
            ? throw new InvalidOperationException("Discord:BotToken is not set: the bot cannot call Discord's API.")
            : token;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage answer, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await answer.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task<(int? Code, string? Message)> ReadErrorAsync(HttpResponseMessage answer, CancellationToken cancellationToken)
    {
        try
        {
            var text = await answer.Content.ReadAsStringAsync(cancellationToken);
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var number) ? number : (int?)null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static Func<HttpContent?> Json<T>(T body, JsonTypeInfo<T> type) =>
        () => JsonContent(body, type);

    private static ByteArrayContent JsonContent<T>(T body, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static Func<HttpContent?> NoBody => static () => null;
}
