using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LlmTutorBot.Tests.WebChat;

/// <summary>
/// The page at / in a real browser: the system Chromium driven by Playwright, against the bot on a loopback port.
/// Skipped where no Chromium is installed (Playwright never downloads one here).
/// </summary>
public sealed class WebChatBrowserTests(RedisFixture redis)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_question_typed_in_the_page_gets_the_bots_answer()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install chromium): the browser test of the web chat page is skipped.");
        }

        // The bot's default address is localhost:3978; tests on Kestrel bind any free loopback port instead.
        await using var factory = WebChatHost.Create(redis.ConnectionString, settings: ("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

        await page.GotoAsync(address.ToString());
        await page.Locator("#send:not([disabled])").WaitForAsync();
        await page.FillAsync("#input", "/help");
        await page.ClickAsync("#send");
        var answer = page.Locator(".msg.bot", new PageLocatorOptions { HasText = "/lang" });
        await answer.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        Assert.Contains("Here is what I can do", await answer.First.InnerTextAsync(), StringComparison.Ordinal);
    }
}
