using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.YouTube.Files;
using LlmTutorBot.YouTube.Hosting;

namespace LlmTutorBot.Tests.YouTube;

public sealed class PublicBaseUrlUnitTests
{
    [Fact]
    public void Bot_public_base_url_wins_and_the_deprecated_files_base_url_is_read_only_without_it()
    {
        Assert.Equal("https://bot.example.com", ResultFileStore.PublicBaseUrl(new BotOptions { PublicBaseUrl = "https://bot.example.com" }, new YouTubeOptions { FilesBaseUrl = "https://old.example.com" }));
        Assert.Equal("https://old.example.com", ResultFileStore.PublicBaseUrl(new BotOptions(), new YouTubeOptions { FilesBaseUrl = "https://old.example.com" }));
        Assert.Null(ResultFileStore.PublicBaseUrl(new BotOptions { PublicBaseUrl = " " }, new YouTubeOptions()));
    }

    [Theory]
    [InlineData("contoso-my.sharepoint.com", true)]
    [InlineData("cdn.discordapp.com", true)]
    [InlineData("sharepoint.com", false)]
    [InlineData("sharepoint.com.evil.example", false)]
    [InlineData("evil-sharepoint.com", false)]
    public void Attachment_hosts_allow_exact_names_and_subdomains_of_a_wildcard(string host, bool allowed) =>
        Assert.Equal(allowed, HostList.Allows(new YouTubeOptions().AttachmentHosts, host));
}
