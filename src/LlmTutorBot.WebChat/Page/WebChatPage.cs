using Microsoft.AspNetCore.Http;

namespace LlmTutorBot.WebChat.Page;

/// <summary>The chat page (Page/index.html, embedded): self-contained HTML, CSS and JS, no external host.</summary>
public static class WebChatPage
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream("LlmTutorBot.WebChat.index.html")
            ?? throw new InvalidOperationException("The web chat page is missing from the assembly's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IResult Serve(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self' ws: wss:; img-src 'self' data:; base-uri 'none'; form-action 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(Html.Value, "text/html; charset=utf-8");
    }
}
