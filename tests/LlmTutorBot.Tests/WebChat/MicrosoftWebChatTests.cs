using System.Net.Http.Json;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.WebChat.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LlmTutorBot.Tests.WebChat;

/// <summary>
/// Microsoft's Web Chat control (botframework-webchat's webchat.js, named by LLMTUTORBOT_WEBCHAT_BUNDLE) on a page of
/// another loopback origin, against our Direct Line, in the system Chromium: each message shown once, the bot's answers
/// and its suggested actions. Skipped without the bundle (the tests never fetch it: `npm install botframework-webchat`
/// in a folder outside the repository, then point the variable at node_modules/botframework-webchat/dist/webchat.js).
/// </summary>
public sealed class MicrosoftWebChatTests(RedisFixture redis)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string BundleVariable = "LLMTUTORBOT_WEBCHAT_BUNDLE";

    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><script src="/webchat.js"></script></head>
        <body style="margin:0"><div id="webchat" style="height:100vh" role="main"></div>
        <script>
          const query = new URLSearchParams(location.search);
          window.WebChat.renderWebChat({
            directLine: window.WebChat.createDirectLine({ token: query.get('token'), domain: query.get('domain'), webSocket: query.get('ws') !== 'false' }),
            locale: 'en-US',
          }, document.getElementById('webchat'));
        </script></body></html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Web_chat_shows_each_message_once_with_the_bots_answers(bool webSocket)
    {
        var bundle = Environment.GetEnvironmentVariable(BundleVariable);
        if (string.IsNullOrEmpty(bundle) || !File.Exists(bundle))
        {
            Assert.Skip($"{BundleVariable} does not name Web Chat's webchat.js (npm install botframework-webchat outside the repository): the test of Microsoft's Web Chat control is skipped.");
        }

        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install chromium): the test of Microsoft's Web Chat control is skipped.");
        }

        await using var site = await StartSiteAsync(bundle);
        var origin = Address(site).TrimEnd('/');
        await using var factory = WebChatHost.Create(redis.ConnectionString, settings: [("WebChat:AllowedOrigins:0", origin), ("urls", "http://127.0.0.1:0")]);
        factory.UseKestrel(0);
        factory.StartServer();
        var bot = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        using var http = new HttpClient();
        using var generated = await http.PostAsync(new Uri($"{bot}/v3/directline/tokens/generate"), null, TestContext.Current.CancellationToken);
        var token = (await generated.Content.ReadFromJsonAsync(WebChatJsonContext.Default.ConversationResponse, TestContext.Current.CancellationToken))!.Token;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync($"{origin}/?token={Uri.EscapeDataString(token!)}&domain={Uri.EscapeDataString($"{bot}/v3/directline")}&ws={(webSocket ? "true" : "false")}");
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        await input.FillAsync("/help");
        await input.PressAsync("Enter");
        await BotSaysAsync(page, "Here is what I can do");
        await input.FillAsync("/faq");
        await input.PressAsync("Enter");
        var next = page.Locator(".webchat__suggested-actions button", new PageLocatorOptions { HasText = "Next page" });
        await next.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await next.ClickAsync();
        await BotSaysAsync(page, "(page 2 of ");

        var sent = await page.Locator(".webchat__bubble--from-user").AllInnerTextsAsync();
        Assert.Equal(["/help", "/faq", "/faq 2"], sent.Select(t => t.Trim()));
        Assert.Single(await page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)", new PageLocatorOptions { HasText = "Here is what I can do" }).AllAsync());
    }

    private static async Task BotSaysAsync(IPage page, string text) =>
        await page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)", new PageLocatorOptions { HasText = text }).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>Another site on loopback: the page and the bundle, nothing else.</summary>
    private static async Task<WebApplication> StartSiteAsync(string bundle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        site.MapGet("/webchat.js", () => Results.File(bundle, "text/javascript"));
        await site.StartAsync(TestContext.Current.CancellationToken);
        return site;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
