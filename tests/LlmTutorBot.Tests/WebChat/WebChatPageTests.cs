using System.Net;
using System.Text.RegularExpressions;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.WebChat;

public sealed partial class WebChatPageTests(RedisFixture redis)
{
    [Fact]
    public async Task The_chat_page_is_served_at_the_root_and_references_no_external_host()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/v3/directline", page, StringComparison.Ordinal);
        Assert.Contains("WebSocket", page, StringComparison.Ordinal);
        Assert.Empty(ExternalReferences().Matches(page));
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_web_chat_disabled_the_root_is_the_plain_page_and_direct_line_is_not_mapped()
    {
        await using var factory = WebChatHost.Create(redis.ConnectionString, null, ("WebChat:Enabled", "false"));
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var generate = await client.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Contains("LlmTutorBot is running", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
    }

    // src="http…", href="//…", url(https://…), @import and the like: anything that would load from another host.
    // Links the page builds at run time for the bot's Markdown are matched by pattern, not written as URLs.
    [GeneratedRegex("""(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?(https?:)?//|@import|<link\b""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReferences();
}
