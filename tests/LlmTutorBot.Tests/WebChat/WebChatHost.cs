using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.WebChat.Wire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.WebChat;

/// <summary>The whole bot (WebApplicationFactory) with its web chat, and a Direct Line client for it.</summary>
internal static class WebChatHost
{
    public static WebApplicationFactory<Program> Create(string redis, TimeProvider? clock = null, params (string Key, string? Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
            TestPeer.AddTo(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (clock is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(clock));
            }
        });

    public static async Task<ConversationResponse> GenerateAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string Message(string text) =>
        JsonSerializer.Serialize(new DirectLineActivity { Type = "message", From = new DirectLineAccount("tester", "Tester", "user"), Text = text, Locale = "en-US" }, WebChatJsonContext.Default.DirectLineActivity);

    /// <summary>Reads activity sets from the stream until one holds a bot message (not typing); returns that message.</summary>
    public static async Task<DirectLineActivity> NextBotMessageAsync(WebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var buffer = new byte[256 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The stream closed before the bot answered.");
            }

            if (frame.Length == 0)
            {
                continue;
            }

            var set = JsonSerializer.Deserialize(frame.ToArray(), WebChatJsonContext.Default.ActivitySet)!;
            if (set.Activities.FirstOrDefault(a => a.From?.Role == "bot" && a.Type == "message") is { } reply)
            {
                return reply;
            }
        }
    }

    public static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> factory, string streamUrl)
    {
        var client = factory.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken);
    }
}
