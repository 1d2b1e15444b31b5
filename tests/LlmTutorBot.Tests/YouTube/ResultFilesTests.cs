using System.Net;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Translation files are served by the bot at an unguessable link when a public address is set.</summary>
public sealed class ResultFilesTests(RedisFixture redis)
{
    private const string PublicAddress = "https://bot.example.test";

    [Fact]
    public async Task The_translation_links_its_files_and_the_bot_serves_them()
    {
        await using var app = await StartBotAsync(PublicAddress);
        using var http = new HttpClient();
        var processor = app.Services.GetRequiredService<TurnProcessor>();

        var reply = (await processor.ProcessAsync(Messages.Text(Messages.NewConversation(), Messages.NewUser(), "/translate osKyvYJ3PRM fr"), cancellationToken: TestContext.Current.CancellationToken)).Reply;
        var link = reply.Markdown.Split('(', ')').First(p => p.StartsWith(PublicAddress + "/files/", StringComparison.Ordinal) && p.EndsWith(".srt", StringComparison.Ordinal));
        var response = await http.GetAsync(link.Replace(PublicAddress, Address(app), StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-subrip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reply.Files[0].Content.ToArray(), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Matches("/files/[A-Za-z0-9_-]{43}/osKyvYJ3PRM.fr.srt$", link);
    }

    [Theory]
    [InlineData("/files/not-an-id/x.srt")]
    [InlineData("/files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/osKyvYJ3PRM.fr.srt")]
    public async Task Unknown_or_malformed_file_ids_are_not_found(string path)
    {
        await using var app = await StartBotAsync(PublicAddress);
        using var http = new HttpClient();

        var response = await http.GetAsync(Address(app) + path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_public_address_files_go_only_as_attachments()
    {
        await using var app = await StartBotAsync(null);
        var processor = app.Services.GetRequiredService<TurnProcessor>();

        var reply = (await processor.ProcessAsync(Messages.Text(Messages.NewConversation(), Messages.NewUser(), "/translate osKyvYJ3PRM fr"), cancellationToken: TestContext.Current.CancellationToken)).Reply;

        Assert.Equal(3, reply.Files.Count);
        Assert.DoesNotContain("/files/", reply.Markdown, StringComparison.Ordinal);
    }

    private Task<WebApplication> StartBotAsync(string? filesBaseUrl) => ResultFilesHost.StartAsync(redis.ConnectionString, filesBaseUrl);

    private static string Address(WebApplication app) => ResultFilesHost.Address(app);
}
