using LlmTutorBot.Core.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat.Hosting;

/// <summary>
/// In front of the page at "/" and Direct Line: who may call at all (without WebChat:Secret or WebChat:Public, this
/// machine only), then CORS for the origins in WebChat:AllowedOrigins (preflights answered here; any other
/// cross-site origin refused with 403 and no CORS headers, before a token or secret could be used).
/// </summary>
internal sealed class WebChatGate(RequestDelegate next, IOptions<WebChatOptions> options, ILogger<WebChatGate> logger)
{
    private const string AllowedHeaders = "Authorization, Content-Type, x-ms-bot-agent, x-requested-with";

    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        var directLine = path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase);
        if (!directLine && path != "/")
        {
            return next(http);
        }

        var settings = options.Value;
        if (!settings.Public && string.IsNullOrEmpty(settings.Secret) && !LoopbackCaller.IsDirect(http))
        {
            return RefuseAsync(http, "LocalOnly", "The web chat answers this machine only: set WebChat:Secret (token generation then needs it) or WebChat:Public=true to open it.");
        }

        if (!directLine || http.Request.Headers.Origin.ToString() is not { Length: > 0 } origin || IsSameOrigin(http.Request, origin))
        {
            return next(http);
        }

        if (!IsAllowed(settings, origin))
        {
            return RefuseAsync(http, "OriginNotAllowed", $"The origin '{origin}' is not in WebChat:AllowedOrigins.");
        }

        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            headers.AccessControlAllowHeaders = AllowedHeaders;
            headers.AccessControlMaxAge = "600";
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        return next(http);
    }

    private static bool IsAllowed(WebChatOptions settings, string origin) =>
        settings.AllowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));

    /// <summary>The page's own calls: browsers send Origin on same-origin POSTs and WebSockets too.</summary>
    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private Task RefuseAsync(HttpContext http, string code, string message)
    {
        WebChatLog.Refused(logger, http.Request.Path, StatusCodes.Status403Forbidden, code);
        return DirectLineResults.Error(StatusCodes.Status403Forbidden, code, message).ExecuteAsync(http);
    }
}
