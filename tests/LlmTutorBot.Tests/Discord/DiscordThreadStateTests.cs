using LlmTutorBot.Core;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>A thread Discord opens for a turn is a conversation of its own, and starts with what the turn remembered.</summary>
public sealed class DiscordThreadStateTests : IAsyncLifetime
{
    private const string Video = "https://youtu.be/osKyvYJ3PRM";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, _time, addServices: s => s.AddIntentHandler<VideoInThreadHandler>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task The_video_of_a_turn_that_opened_a_thread_is_the_threads_current_video()
    {
        var runner = _services.GetRequiredService<DiscordTurnRunner>();
        var store = (InMemoryConversationStore)_services.GetRequiredService<IConversationStore>();
        var channel = new ConversationAddress(ChatPlatform.Discord, "200");
        var user = new ChatUser("42");
        var message = new InboundMessage { Conversation = channel, User = user, Text = $"summarize {Video}", MessageId = "4000" };

        await runner.RunAsync(new DiscordTurn(message, new DiscordReplyRoute("200", "300", "4000", ChannelTypes.GuildText, "42")), TestContext.Current.CancellationToken);
        var thread = await store.LoadAsync(new ConversationAddress(ChatPlatform.Discord, "200", "4000"), user, TestContext.Current.CancellationToken);

        Assert.Contains(_rest.Requests, r => r.Path == "/channels/200/messages/4000/threads");
        Assert.Equal(Video, thread.CurrentVideo);
        Assert.Equal(2, thread.Turns.Count);
    }

    /// <summary>Behaves as the video feature does: asks for a thread, and remembers the video.</summary>
    private sealed class VideoInThreadHandler : IIntentHandler
    {
        public string Intent => "video-test";

        public int Rank => RouteRank.Content - 50;

        public bool CanHandle(TurnContext turn) => turn.Message.Text.Contains(Video, StringComparison.Ordinal);

        public async Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await turn.Progress.ReportAsync(new ProgressUpdate("Fetching captions…", 1, 2) { ThreadTitle = "📺 Video" }, cancellationToken);
            turn.Changes.SetCurrentVideo(Video);
            return Reply.Text("Summary");
        }
    }
}
