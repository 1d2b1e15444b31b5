using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Rest;

/// <summary>
/// Discord's REST limits: a bucket per route and top-level resource, learnt from the X-RateLimit headers and waited
/// on before a request would be refused; the global limit (50 requests a second, and a global 429's pause); and the
/// invalid-request budget (401, 403 and 429 answers in 10 minutes), past which requests are refused here rather
/// than risk a ban of the address.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time, ILogger<DiscordRateLimiter> logger)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recentGlobal = new();
    private readonly Queue<DateTimeOffset> _invalid = new();
    private DateTimeOffset _globalPauseUntil;

    /// <summary>Requests a second outside interaction webhooks.</summary>
    public int GlobalPerSecond { get; init; } = 50;

    /// <summary>Invalid answers allowed in <see cref="InvalidWindow"/>; Discord bans at 10,000, this stops well before.</summary>
    public int InvalidRequestBudget { get; init; } = 8_000;

    public TimeSpan InvalidWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Waits until a request on <paramref name="route"/> may go; dispose the lease after reading the answer.</summary>
    public async Task<IDisposable> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        CheckInvalidBudget();
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var wait = TimeSpan.Zero;
                if (bucket.Remaining <= 0 && bucket.ResetAt > now)
                {
                    wait = bucket.ResetAt - now;
                }

                var global = route.IsInteraction ? TimeSpan.Zero : GlobalWait(now);
                wait = wait > global ? wait : global;
                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                DiscordLog.RateLimitWait(logger, route.Key, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            if (bucket.Remaining > 0)
            {
                bucket.Remaining--;
            }

            return new Lease(bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Learns from an answer's headers; for a 429, returns how long to wait before trying again.</summary>
    public TimeSpan? Update(DiscordRoute route, HttpResponseMessage response, double? retryAfterFromBody, bool? globalFromBody)
    {
        ArgumentNullException.ThrowIfNull(response);
        var now = time.GetUtcNow();
        var headers = response.Headers;
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketOfRoute[route.Key] = hash;
            var bucket = BucketFor(route);
            if (Number(headers, "X-RateLimit-Remaining") is { } remaining)
            {
                bucket.Remaining = (int)remaining;
            }

            if (Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
            {
                bucket.ResetAt = now + TimeSpan.FromSeconds(resetAfter);
            }
        }

        var status = (int)response.StatusCode;
        var scope = Header(headers, "X-RateLimit-Scope");
        if (status is 401 or 403 || (status == 429 && scope != "shared"))
        {
            CountInvalid(now);
        }

        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var retryAfter = TimeSpan.FromSeconds(retryAfterFromBody ?? Number(headers, "Retry-After") ?? 1);
        var global = globalFromBody == true || string.Equals(Header(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        if (global)
        {
            lock (_globalLock)
            {
                var until = now + retryAfter;
                _globalPauseUntil = until > _globalPauseUntil ? until : _globalPauseUntil;
            }
        }
        else
        {
            var bucket = BucketFor(route);
            bucket.Remaining = 0;
            bucket.ResetAt = now + retryAfter;
        }

        DiscordLog.RateLimited(logger, route.Key, retryAfter.TotalMilliseconds, global, scope ?? "user");
        return retryAfter;
    }

    /// <summary>Invalid answers counted in the current window.</summary>
    public int InvalidCount
    {
        get
        {
            lock (_invalid)
            {
                Trim(_invalid, time.GetUtcNow() - InvalidWindow);
                return _invalid.Count;
            }
        }
    }

    /// <summary>The bucket of a route and resource: by Discord's bucket hash once an answer told it, by route until then.</summary>
    private Bucket BucketFor(DiscordRoute route)
    {
        var key = _bucketOfRoute.TryGetValue(route.Key, out var hash) ? $"{hash}:{route.MajorParameter}" : $"{route.Key}:{route.MajorParameter}";
        return _buckets.GetOrAdd(key, _ => new Bucket());
    }

    private TimeSpan GlobalWait(DateTimeOffset now)
    {
        lock (_globalLock)
        {
            if (_globalPauseUntil > now)
            {
                return _globalPauseUntil - now;
            }

            Trim(_recentGlobal, now - TimeSpan.FromSeconds(1));
            if (_recentGlobal.Count >= GlobalPerSecond)
            {
                return _recentGlobal.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _recentGlobal.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    private void CountInvalid(DateTimeOffset now)
    {
        lock (_invalid)
        {
            Trim(_invalid, now - InvalidWindow);
            _invalid.Enqueue(now);
        }
    }

    private void CheckInvalidBudget()
    {
        lock (_invalid)
        {
            var now = time.GetUtcNow();
            Trim(_invalid, now - InvalidWindow);
            if (_invalid.Count >= InvalidRequestBudget)
            {
                var until = _invalid.Peek() + InvalidWindow;
                DiscordLog.InvalidBudgetSpent(logger, _invalid.Count, until);
                throw new DiscordRestException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{_invalid.Count} invalid Discord requests (401, 403, 429) in {InvalidWindow.TotalMinutes:F0} minutes: requests are held back until {until:u} so the address is not banned. Check the bot token and permissions."));
            }
        }
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset before)
    {
        while (queue.Count > 0 && queue.Peek() <= before)
        {
            queue.Dequeue();
        }
    }

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        Header(headers, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Remaining { get; set; } = 1;

        public DateTimeOffset ResetAt { get; set; }
    }

    private sealed class Lease(Bucket bucket) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                bucket.Gate.Release();
            }
        }
    }
}
