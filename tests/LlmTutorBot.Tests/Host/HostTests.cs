using System.Net;
using System.Text.Json;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmTutorBot.Tests.Host;

public sealed class HostTests(RedisFixture redis)
{
    [Fact]
    public async Task Healthz_says_the_process_is_alive_without_checking_redis()
    {
        await using var factory = Factory(BotServices.UnreachableRedis());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Readyz_is_healthy_when_redis_answers()
    {
        await using var factory = Factory(redis.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_reports_degraded_when_redis_is_unreachable()
    {
        await using var factory = Factory(BotServices.UnreachableRedis());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var body = await ReadJsonAsync(response);
        var redisCheck = body.RootElement.GetProperty("checks").GetProperty("redis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", redisCheck.GetProperty("status").GetString());
        Assert.Contains("unreachable", redisCheck.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_says_the_bot_is_running_when_the_web_chat_is_off()
    {
        await using var factory = Factory(redis.ConnectionString, ("WebChat:Enabled", "false"));
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("LlmTutorBot is running", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start_with_the_setting_named()
    {
        await using var factory = Factory(redis.ConnectionString, ("Bot:MaxMessageLength", "5"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MaxMessageLength", error.ToString(), StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Factory(string redisConnectionString, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redisConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
}
