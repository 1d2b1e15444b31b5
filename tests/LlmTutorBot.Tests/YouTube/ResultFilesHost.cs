using LlmTutorBot.Core;
using LlmTutorBot.Redis;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>A real Kestrel on loopback serving the YouTube feature and its result files, for the file tests.</summary>
internal static class ResultFilesHost
{
    public static async Task<WebApplication> StartAsync(string redisConnection, string? filesBaseUrl, params (string Key, string? Value)[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redisConnection,
            ["State:KeyPrefix"] = RedisFixture.UniquePrefix(),
            ["YouTube:BaseUrl"] = "http://127.0.0.1:1",
            ["Bot:PublicBaseUrl"] = filesBaseUrl,
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddBotCore();
        builder.Services.AddRedisState();
        builder.Services.AddYouTube();
        var app = builder.Build();
        app.MapYouTubeFiles();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
