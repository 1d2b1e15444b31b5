using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.State;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        var settings = Settings("restart:");
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
    public void A_second_server_on_a_data_folder_in_use_connects_to_the_one_serving_it()
    {
        using var first = Server();
        using var second = Server();

        var firstEndpoint = first.EnsureStarted();
        var secondEndpoint = second.EnsureStarted();

        Assert.Equal(EmbeddedRedisRole.Serving, first.Role);
        Assert.Equal(EmbeddedRedisRole.Client, second.Role);
        Assert.Equal(firstEndpoint, secondEndpoint);
        Assert.Equal(first.Password, second.Password);
        Assert.Equal(_dataDirectory, second.DataDirectory);
        Assert.Equal(48, first.Password!.Length);
    }

    [Fact]
    public void The_port_file_is_readable_by_its_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "File modes are a Unix notion.");
        using var server = Server();

        server.EnsureStarted();

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PortFile.PathIn(_dataDirectory)));
        }

        Assert.Equal(server.Port, PortFile.TryRead(_dataDirectory)?.Port);
    }

    [Fact]
    public async Task State_written_through_a_joining_process_is_read_by_the_serving_one()
    {
        var conversation = Messages.NewConversation();
        var user = Messages.NewUser();
        var settings = Settings(RedisFixture.UniquePrefix());
        var changes = new StateChanges();
        changes.SetUserLanguage(BotLanguage.Fr);

        await using var serving = BotServices.Build("", settings);
        Assert.True((await serving.GetRequiredService<IConversationStore>().LoadAsync(conversation, user, TestContext.Current.CancellationToken)).UserLanguage is null);
        await using var joining = BotServices.Build("", settings);
        Assert.True(await joining.GetRequiredService<IConversationStore>().SaveAsync(conversation, user, new ConversationUpdate(changes, [], "lang"), TestContext.Current.CancellationToken));

        var state = await serving.GetRequiredService<IConversationStore>().LoadAsync(conversation, user, TestContext.Current.CancellationToken);

        Assert.Equal(BotLanguage.Fr, state.UserLanguage);
        Assert.Equal(EmbeddedRedisRole.Client, joining.GetRequiredService<EmbeddedRedisServer>().Role);
    }

    [Fact]
    public void When_the_serving_process_stops_the_next_one_to_start_serves()
    {
        var first = Server();
        first.EnsureStarted();
        first.Dispose();

        using var second = Server();
        second.EnsureStarted();

        Assert.Equal(EmbeddedRedisRole.Serving, second.Role);
        Assert.Equal(second.Port, PortFile.TryRead(_dataDirectory)?.Port);
    }

    [Fact]
    public void A_stale_port_file_left_by_a_killed_process_is_replaced_by_the_process_that_takes_the_free_lock()
    {
        PortFile.Write(_dataDirectory, new PortFileContent(Port: 1, Password: "stale", ProcessId: 999_999));
        using var server = Server();

        server.EnsureStarted();

        Assert.Equal(EmbeddedRedisRole.Serving, server.Role);
        Assert.Equal(new PortFileContent(server.Port, server.Password!, Environment.ProcessId), PortFile.TryRead(_dataDirectory));
    }

    [Fact]
    public void A_port_file_whose_password_the_store_refuses_leaves_the_process_in_memory_and_it_says_so()
    {
        using var first = Server();
        first.EnsureStarted();
        PortFile.Write(_dataDirectory, new PortFileContent(first.Port, "not-the-password", Environment.ProcessId));
        using var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var second = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { DataDirectory = _dataDirectory }), loggerFactory);

        second.EnsureStarted();

        Assert.Equal(EmbeddedRedisRole.MemoryOnly, second.Role);
        Assert.Null(second.DataDirectory);
        Assert.NotEqual(first.Endpoint, second.Endpoint);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("refuses the password", StringComparison.Ordinal) && l.Contains("memory only", StringComparison.Ordinal));
    }

    [Fact]
    public void Starting_twice_returns_the_same_loopback_endpoint()
    {
        using var server = new EmbeddedRedisServer(Options.Create(new EmbeddedRedisOptions { Persist = false }), NullLoggerFactory.Instance);

        var endpoint = server.EnsureStarted();

        Assert.StartsWith("127.0.0.1:", endpoint, StringComparison.Ordinal);
        Assert.Equal(endpoint, server.EnsureStarted());
        Assert.Null(server.DataDirectory);
        Assert.Equal(EmbeddedRedisRole.MemoryOnly, server.Role);
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

    private EmbeddedRedisServer Server() =>
        new(Options.Create(new EmbeddedRedisOptions { DataDirectory = _dataDirectory }), NullLoggerFactory.Instance);

    private Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["ConnectionStrings:Redis"] = "",
        ["EmbeddedRedis:DataDirectory"] = _dataDirectory,
        ["State:KeyPrefix"] = prefix,
    };
}
