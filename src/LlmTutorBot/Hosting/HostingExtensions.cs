namespace LlmTutorBot.Hosting;

internal static class HostingExtensions
{
    /// <summary>
    /// Listens on <paramref name="url"/> unless the operator chose addresses (--urls, ASPNETCORE_URLS, URLS, Kestrel
    /// endpoints) or ports (ASPNETCORE_HTTP_PORTS, which the .NET container images set to 8080).
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        var configured = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        var ports = builder.Configuration[WebHostDefaults.HttpPortsKey] ?? builder.Configuration[WebHostDefaults.HttpsPortsKey];
        var kestrelEndpoints = builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (string.IsNullOrWhiteSpace(configured) && string.IsNullOrWhiteSpace(ports) && !kestrelEndpoints)
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }

    /// <summary>
    /// A plain page at "/" that says the bot is up and how to talk to it, unless the web chat (<paramref name="webChat"/>)
    /// serves its page there.
    /// </summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints, bool webChat)
    {
        if (webChat)
        {
            return endpoints;
        }

        endpoints.MapGet("/", () => Results.Text(
            """
            LlmTutorBot is running.

            Health: /healthz (alive), /readyz (conversation state reachable).
            Talk to it from a terminal: dotnet run --project src/LlmTutorBot -- chat
            """,
            "text/plain; charset=utf-8"));
        return endpoints;
    }
}
