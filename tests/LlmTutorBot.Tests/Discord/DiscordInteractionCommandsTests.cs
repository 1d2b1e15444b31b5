using System.Text.Json;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>Message commands, ephemeral answers and /reset's permission, through the interaction handler and the fake REST server.</summary>
public sealed class DiscordInteractionCommandsTests : IAsyncLifetime
{
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DiscordInteractionHandler Handler => _services.GetRequiredService<DiscordInteractionHandler>();

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, new FakeTimeProvider(), addServices: services => services
            .AddSingleton(LlmTutorBot.YouTube.Handlers.SummarizeHandler.Definition)
            .AddSingleton(LlmTutorBot.YouTube.Handlers.TranslateHandler.Definition));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Theory]
    [InlineData("help")]
    [InlineData("lang")]
    [InlineData("reset")]
    public async Task Help_lang_and_reset_are_deferred_so_that_only_their_user_sees_the_answer(string name)
    {
        await Handler.HandleAsync(Command(name, guild: false), inline: false, Cancel);

        var callback = Assert.Single(_rest.Requests);
        Assert.Equal(5, callback.Body.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Body.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Reset_of_a_guild_channel_without_manage_messages_is_refused_ephemerally()
    {
        var answer = await Handler.HandleAsync(Command("reset", guild: true, permissions: "1024"), inline: true, Cancel);

        Assert.NotNull(answer);
        Assert.Equal(4, answer.Type);
        Assert.Equal(64, answer.Data!.Flags);
        Assert.Contains("manage messages", answer.Data.Content, StringComparison.Ordinal);
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public async Task Reset_with_manage_messages_or_of_ones_own_preferences_goes_ahead()
    {
        await Handler.HandleAsync(Command("reset", guild: true, permissions: "8192"), inline: false, Cancel);
        await Handler.HandleAsync(Command("reset", guild: true, permissions: "0", options: """[{"name":"scope","type":3,"value":"me"}]"""), inline: false, Cancel);

        Assert.Equal(2, _rest.Requests.Count(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("""{"messages":{"900":{"id":"900","channel_id":"700","author":{"id":"42"},"content":"look at this"}}}""", "no link")]
    [InlineData("""{"messages":{"900":{"id":"900","channel_id":"700","author":{"id":"42"},"content":"https://vimeo.com/123"}}}""", "not a YouTube video")]
    [InlineData("""{"messages":{"900":{"id":"900","channel_id":"700","author":{"id":"42"},"content":""}}}""", "can't read that message")]
    [InlineData("""{"messages":{}}""", "can't read that message")]
    [InlineData("""{}""", "can't read that message")]
    public async Task A_message_command_without_a_usable_youtube_link_gets_an_ephemeral_explanation(string resolved, string expected)
    {
        var answer = await Handler.HandleAsync(MessageCommand("Summarize video", resolved), inline: true, Cancel);

        Assert.NotNull(answer);
        Assert.Equal(64, answer.Data!.Flags);
        Assert.Contains(expected, answer.Data.Content, StringComparison.Ordinal);
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public void A_message_command_with_a_youtube_link_reads_as_the_slash_command_with_that_link()
    {
        var catalog = new LlmTutorBot.Core.Commands.CommandCatalog([LlmTutorBot.YouTube.Handlers.SummarizeHandler.Definition, LlmTutorBot.YouTube.Handlers.TranslateHandler.Definition]);
        var interaction = MessageCommand("Translate video", """{"messages":{"900":{"id":"900","channel_id":"700","author":{"id":"42"},"content":"watch https://youtu.be/dQw4w9WgXcQ please"}}}""");

        var (slash, target, refusal) = MessageCommands.Read(interaction, catalog);

        Assert.Null(refusal);
        Assert.Equal("900", target);
        Assert.Equal("translate", slash!.Data!.Name);
        var option = Assert.Single(slash.Data.Options!);
        Assert.Equal(("url", "https://youtu.be/dQw4w9WgXcQ"), (option.Name, option.Value!.Value.GetString()));
    }

    private static Interaction Command(string name, bool guild, string? permissions = null, string options = "[]") => Parse(
        "{\"id\":\"1\",\"application_id\":\"352205866889641984\",\"type\":2,\"token\":\"tok\",\"channel_id\":\"700\","
        + (guild ? "\"guild_id\":\"300\",\"member\":{\"user\":{\"id\":\"42\"},\"permissions\":\"" + permissions + "\"}," : "\"user\":{\"id\":\"42\"},")
        + "\"data\":{\"id\":\"5\",\"name\":\"" + name + "\",\"type\":1,\"options\":" + options + "}}");

    private static Interaction MessageCommand(string name, string resolved) => Parse(
        "{\"id\":\"2\",\"application_id\":\"352205866889641984\",\"type\":2,\"token\":\"tok\",\"channel_id\":\"700\",\"guild_id\":\"300\","
        + "\"member\":{\"user\":{\"id\":\"42\"},\"permissions\":\"0\"},\"data\":{\"id\":\"6\",\"name\":\"" + name + "\",\"type\":3,\"target_id\":\"900\",\"resolved\":" + resolved + "}}");

    private static Interaction Parse(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;
}
