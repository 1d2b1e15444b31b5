using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.State;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Commands;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>
/// "/reset" typed as a message in a server: MESSAGE_CREATE carries no permissions, so it resets only the author's
/// preferences and says how to reset the channel's conversation.
/// </summary>
public sealed class DiscordTypedResetTests : IAsyncLifetime
{
    private const string BotId = FakeDiscordRest.BotUserId;
    private readonly DiscordInboundConverter _converter = new(new CommandParser(TestCommands.Catalog()), TestCommands.Catalog());
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Theory]
    [InlineData("/reset")]
    [InlineData("/reset channel")]
    [InlineData("reset")]
    public void A_reset_typed_in_a_server_becomes_a_reset_of_the_authors_preferences(string text)
    {
        var turn = _converter.NarrowTypedReset(Typed(text, guild: "300"));

        Assert.Equal(ResetHandler.Definition.Name, turn.Message.Command?.Name);
        Assert.Equal(ResetHandler.ScopeMe, turn.Message.Command?.Argument(ResetHandler.ScopeOption));
        Assert.NotNull(turn.Notice);
    }

    [Theory]
    [InlineData("/reset", null)]
    [InlineData("/reset me", "300")]
    [InlineData("/reset everything", "300")]
    [InlineData("/help", "300")]
    [InlineData("reset the weights of a model?", "300")]
    public void Other_typed_messages_and_resets_in_a_dm_are_left_as_they_are(string text, string? guild)
    {
        var typed = Typed(text, guild);

        var turn = _converter.NarrowTypedReset(typed);

        Assert.Same(typed, turn);
    }

    [Fact]
    public async Task The_typed_reset_keeps_the_channels_conversation_and_points_to_the_slash_command()
    {
        var runner = _services.GetRequiredService<DiscordTurnRunner>();
        var store = _services.GetRequiredService<IConversationStore>();
        var converter = _services.GetRequiredService<DiscordInboundConverter>();
        await runner.RunAsync(Typed("/help", "300", id: "4000"), Cancel);

        await runner.RunAsync(converter.NarrowTypedReset(Typed("/reset", "300", id: "4001")), Cancel);

        var state = await store.LoadAsync(new ConversationAddress(ChatPlatform.Discord, "200"), new ChatUser("42"), Cancel);
        Assert.NotEmpty(state.Turns);
        var answer = _rest.Requests.Last(r => r.Path == "/channels/200/messages").Body.GetProperty("content").GetString();
        Assert.Contains("forgotten your preferences", answer, StringComparison.Ordinal);
        Assert.Contains("/reset scope: channel", answer, StringComparison.Ordinal);
    }

    /// <summary>A message mentioning the bot in channel 200, in the given guild (or a DM).</summary>
    private static DiscordTurn Typed(string text, string? guild, string id = "4000")
    {
        var message = new DiscordMessage(id, "200", new DiscordUser("42", "ada"), $"<@{BotId}> {text}", guild, Mentions: [new DiscordUser(BotId)]);
        var turn = DiscordInboundConverter.FromMessage(message, BotId, new CachedChannel("200", guild is null ? ChannelTypes.Dm : ChannelTypes.GuildText, guild, null, null));
        Assert.NotNull(turn);
        return turn;
    }
}
