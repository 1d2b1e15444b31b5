using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>
/// Who the in-memory test server thinks is calling: loopback unless the request names another peer in
/// <see cref="Header"/> (a test-only header, read by a startup filter the tests add, never by the bot).
/// </summary>
internal sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void AddTo(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestPeer>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, RequestDelegate following) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
            {
                http.Connection.RemoteIpAddress = address;
                http.Request.Headers.Remove(Header);
            }
            else
            {
                http.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            }

            return following(http);
        });
        next(app);
    };
}
