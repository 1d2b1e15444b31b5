using System.Net;
using System.Net.Http.Json;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.WebChat.Wire;

namespace LlmTutorBot.Tests.WebChat;

/// <summary>
/// Who may use the web chat: this machine only without WebChat:Secret; the secret from every caller for tokens when
/// it is set; anyone with WebChat:Public, limited per client IP.
/// </summary>
public sealed class WebChatAccessTests(RedisFixture redis)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    public async Task Without_a_secret_a_request_through_a_proxy_is_refused_with_a_reason(string header, string value)
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();

        using var page = await SendAsync(client, HttpMethod.Get, "/", (header, value));
        using var token = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", (header, value));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("WebChat:Secret", await token.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_secret_another_machine_is_refused_and_this_one_is_served()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();

        using var remote = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", (TestPeer.Header, "203.0.113.9"));
        using var local = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
        Assert.Contains("LocalOnly", await remote.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task With_a_secret_every_caller_needs_it_to_get_a_token_loopback_included()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:Secret", "s3cret-for-tests"));
        using var client = factory.CreateClient();

        using var none = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate");
        using var wrong = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", ("Authorization", "Bearer not-the-secret"));
        using var right = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", ("Authorization", "Bearer s3cret-for-tests"), (TestPeer.Header, "203.0.113.9"));
        using var page = await SendAsync(client, HttpMethod.Get, "/", (TestPeer.Header, "203.0.113.9"));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("WebChat:Secret", await none.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.False(string.IsNullOrEmpty((await right.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, Cancel))!.Token));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sessionStorage", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_public_mode_anyone_gets_a_token_and_one_address_shares_one_message_limit_across_conversations()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:Public", "true"), ("Quotas:UserMessagesPerMinute", "1"));
        using var client = factory.CreateClient();
        var peer = (TestPeer.Header, "198.51.100.7");

        var first = await StartAsync(client, peer);
        var second = await StartAsync(client, peer);
        var other = await StartAsync(client, (TestPeer.Header, "198.51.100.8"));
        var firstReply = await AskAsync(factory, client, first, "/help");
        var secondReply = await AskAsync(factory, client, second, "/help");
        var otherReply = await AskAsync(factory, client, other, "/help");

        Assert.DoesNotContain("faster than I can keep up", firstReply.Text, StringComparison.Ordinal);
        Assert.Contains("faster than I can keep up", secondReply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("faster than I can keep up", otherReply.Text, StringComparison.Ordinal);
    }

    private static async Task<ConversationResponse> StartAsync(HttpClient client, (string, string) peer)
    {
        using var generated = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/generate", peer);
        generated.EnsureSuccessStatusCode();
        var token = (await generated.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, Cancel))!.Token;
        using var started = await WebChatHost.SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);
        return (await started.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, Cancel))!;
    }

    private static async Task<DirectLineActivity> AskAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, HttpClient client, ConversationResponse conversation, string text)
    {
        using var socket = await WebChatHost.ConnectAsync(factory, conversation.StreamUrl!);
        using var posted = await WebChatHost.SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, WebChatHost.Message(text));
        posted.EnsureSuccessStatusCode();
        return await WebChatHost.NextBotMessageAsync(socket);
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request, Cancel);
    }
}
