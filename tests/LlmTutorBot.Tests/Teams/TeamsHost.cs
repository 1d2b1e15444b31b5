using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LlmTutorBot.Tests.Teams;

/// <summary>The whole bot (WebApplicationFactory) configured against a <see cref="FakeBotFramework"/>.</summary>
internal static class TeamsHost
{
    public const string TenantId = "tenant-1";

    public static WebApplicationFactory<Program> Create(string redis, FakeBotFramework fake, params (string Key, string? Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
            TestPeer.AddTo(builder);
            builder.UseSetting("MicrosoftAppId", FakeBotFramework.AppId);
            builder.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
            builder.UseSetting("MicrosoftAppTenantId", TenantId);
            builder.UseSetting("BotFramework:OpenIdMetadataUrl", $"{fake.BaseUrl}openid");
            builder.UseSetting("BotFramework:TokenEndpoint", $"{fake.BaseUrl}{{tenant}}/token");
            builder.UseSetting("BotFramework:RetryBaseDelay", "00:00:00.001");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>A recorded activity, re-addressed to the fake Connector and given a fresh id unless one is given.</summary>
    public static Activity Recorded(FakeBotFramework fake, string folder, string file, string? id = null, string? text = null)
    {
        var activity = TeamsFixtures.Read(folder, file);
        return activity with { ServiceUrl = fake.ServiceUrl, Id = id ?? $"{activity.Id}-{Guid.NewGuid():N}", Text = text ?? activity.Text };
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? token) =>
        PostRawAsync(client, JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity), token);

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
