using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Hosting.RateLimits;

/// <summary>
/// ASP.NET Core rate limiting over every public endpoint: one fixed one-minute window per (endpoint group, client IP),
/// answered 429 with Retry-After and a plain-text reason beyond it.
/// </summary>
internal static class RateLimitingExtensions
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (RateLimitGroup, string)>(Partition);
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>Limits every request mapped after it; a no-op while RateLimits:Enabled is false.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static RateLimitPartition<(RateLimitGroup, string)> Partition(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var group = RateLimitGroups.Of(http.Request.Path);
        var limit = options.PermitsPerMinute(group);
        var address = http.Connection.RemoteIpAddress;
        if (limit == 0 || options.ExemptLoopback && address is not null && IPAddress.IsLoopback(address))
        {
            return RateLimitPartition.GetNoLimiter((RateLimitGroup.None, ""));
        }

        var client = address?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter((group, client), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var group = RateLimitGroups.Of(http.Request.Path);
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/plain; charset=utf-8";
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingExtensions).FullName!);
        RateLimitLog.Refused(logger, http.Request.Method, http.Request.Path, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", group, options.PermitsPerMinute(group));
        await http.Response.WriteAsync($"Too many requests: at most {options.PermitsPerMinute(group)} per minute. Retry after {seconds} seconds.", cancellationToken);
    }
}
