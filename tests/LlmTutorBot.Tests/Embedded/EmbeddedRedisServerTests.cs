using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Embedded;

public sealed class EmbeddedRedisServerTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("llmtutorbot-garnet-").FullName;

    [Fact]
    public async Task State_saved_in_the_embedded_server_survives_a_restart()
    {
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "",
            ["EmbeddedRedis:DataDirectory"] = _dataDirectory,
            ["State:KeyPrefix"] = "restart:",
        };
        var changes = new StateChanges();
        changes.SetUserLanguage(BotLanguage.Zh);
        changes.SetCurrentVideo("osKyvYJ3PRM");

        await using (var first = BotServices.Build("", settings))
        {
            var saved = await first.GetRequiredService<IConversationStore>().SaveAsync(conversation, user, new ConversationUpdate(changes, [], "lang"), TestContext.Current.CancellationToken);
            Assert.True(saved);
        }

        await using var second = BotServices.Build("", settings);
        var state = await second.GetRequiredService<IConversationStore>().LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(BotLanguage.Zh, state.UserLanguage);
        Assert.Equal("osKyvYJ3PRM", state.CurrentVideo);
    }

    [Fact]
    public void A_second_server_on_a_data_folder_in_use_keeps_its_state_in_memory()
    {
        var options = Options.Create(new EmbeddedRedisOptions { DataDirectory = _dataDirectory });
        using var first = new EmbeddedRedisServer(options, NullLoggerFactory.Instance);
        using var second = new EmbeddedRedisServer(options, NullLoggerFactory.Instance);

        var firstEndpoint = first.EnsureStarted();
        var secondEndpoint = second.EnsureStarted();

        Assert.Equal(_dataDirectory, first.DataDirectory);
        Assert.Null(second.DataDirectory);
        Assert.NotEqual(firstEndpoint, secondEndpoint);
    }

    [Fact]
    public void Starting_twice_returns_the_same_loopback_endpoint()
    {
        using var server = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Persist = false }), NullLoggerFactory.Instance);

        var endpoint = server.EnsureStarted();

        Assert.StartsWith("127.0.0.1:", endpoint, StringComparison.Ordinal);
        Assert.Equal(endpoint, server.EnsureStarted());
        Assert.Null(server.DataDirectory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing is left to the OS's temp cleaner.
        }
    }
}
