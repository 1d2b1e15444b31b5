using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Core.State;
using LlmTutorBot.Tests.Fakes;

namespace LlmTutorBot.Tests.Routing;

public class IntentRouterUnitTests
{
    private static TurnContext Turn(string text) => new(
        new InboundMessage { Conversation = new(ChatPlatform.Cli, "conversation"), User = new("user"), Text = text },
        ConversationState.Empty,
        BotLanguage.En);

    private static StubHandler Fallback(List<string>? asked = null) => new("fallback", RouteRank.Fallback, _ => true, asked);

    [Fact]
    public void Handlers_are_asked_in_rank_order_whatever_order_they_were_registered_in()
    {
        // Arrange
        var asked = new List<string>();
        var router = new IntentRouter(
        [
            Fallback(asked),
            new StubHandler("content", RouteRank.Content, asked: asked),
            new StubHandler("guard", RouteRank.InputGuard, asked: asked),
            new StubHandler("command", RouteRank.Command, asked: asked),
            new StubHandler("command-error", RouteRank.CommandError, asked: asked),
        ]);

        // Act
        var handler = router.Route(Turn("hello"));

        // Assert
        Assert.Equal(["guard", "command-error", "command", "content", "fallback"], asked);
        Assert.Equal("fallback", handler.Intent);
        Assert.Equal(asked, router.Handlers.Select(h => h.Intent));
    }

    [Fact]
    public void The_first_handler_that_accepts_the_turn_answers_it_and_later_ones_are_not_asked()
    {
        var asked = new List<string>();
        var router = new IntentRouter(
        [
            Fallback(asked),
            new StubHandler("video", RouteRank.Content, t => t.Message.Text.StartsWith("https://", StringComparison.Ordinal), asked),
            new StubHandler("faq", RouteRank.Content + 10, t => t.Message.Text.EndsWith('?'), asked),
        ]);

        var handler = router.Route(Turn("https://youtu.be/x?"));

        Assert.Equal("video", handler.Intent);
        Assert.Equal(["video"], asked);
    }

    [Fact]
    public void A_turn_no_feature_takes_goes_to_the_fallback()
    {
        var router = new IntentRouter([new StubHandler("faq", RouteRank.Content, t => t.Message.Text.EndsWith('?')), Fallback()]);

        Assert.Equal("faq", router.Route(Turn("what is RAG?")).Intent);
        Assert.Equal("fallback", router.Route(Turn("hello")).Intent);
    }

    [Fact]
    public void Handlers_of_the_same_rank_are_asked_in_intent_name_order()
    {
        var router = new IntentRouter(
        [
            new StubHandler("summarize", RouteRank.Content, _ => true),
            Fallback(),
            new StubHandler("faq", RouteRank.Content, _ => true),
            new StubHandler("Zeta", RouteRank.Content, _ => true),
        ]);

        var handler = router.Route(Turn("anything"));

        Assert.Equal("Zeta", handler.Intent);
        Assert.Equal(["Zeta", "faq", "summarize", "fallback"], router.Handlers.Select(h => h.Intent));
    }

    [Fact]
    public void Within_a_band_the_highest_bid_wins_whatever_the_intent_names_or_registration_order()
    {
        var router = new IntentRouter(
        [
            new StubHandler("video-question", RouteRank.Content, _ => true, bid: RouteBid.Default),
            Fallback(),
            new StubHandler("faq", RouteRank.Content, _ => true, bid: RouteBid.Confident),
            new StubHandler("a-weak-one", RouteRank.Content, _ => true, bid: RouteBid.Weak),
        ]);

        Assert.Equal("faq", router.Route(Turn("what is RAG?")).Intent);
    }

    [Fact]
    public void A_bid_only_counts_against_handlers_that_accept_the_turn_in_the_same_band()
    {
        var router = new IntentRouter(
        [
            new StubHandler("faq", RouteRank.Content, t => t.Message.Text.EndsWith('?'), bid: RouteBid.Weak),
            new StubHandler("video-question", RouteRank.Content, t => t.Message.Text.Contains("pizza", StringComparison.Ordinal), bid: RouteBid.Explicit),
            new StubHandler("video-link", RouteRank.Link, t => t.Message.Text.Contains("youtu.be", StringComparison.Ordinal), bid: RouteBid.Weak),
            Fallback(),
        ]);

        Assert.Equal("faq", router.Route(Turn("what is RAG?")).Intent);
        Assert.Equal("video-question", router.Route(Turn("what does he say about pizza?")).Intent);
        Assert.Equal("video-link", router.Route(Turn("what does he say about pizza? youtu.be/x")).Intent);
    }

    [Fact]
    public void A_message_is_routed_by_what_it_is_a_command_then_a_file_then_a_link_then_text()
    {
        var asked = new List<string>();
        var router = new IntentRouter(
        [
            Fallback(asked),
            new StubHandler("text", RouteRank.Content, _ => true, asked, RouteBid.Explicit),
            new StubHandler("link", RouteRank.Link, _ => true, asked, RouteBid.Weak),
            new StubHandler("file", RouteRank.Attachment, _ => false, asked),
        ]);

        Assert.Equal("link", router.Route(Turn("summarize this https://youtu.be/x")).Intent);
        Assert.Equal(["file", "link"], asked);
        Assert.True(RouteRank.Command < RouteRank.Attachment && RouteRank.Attachment < RouteRank.Link && RouteRank.Link < RouteRank.Content);
    }

    [Fact]
    public void Two_handlers_with_the_same_intent_are_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new IntentRouter(
        [
            new StubHandler("faq", RouteRank.Content),
            new StubHandler("faq", RouteRank.Command),
            Fallback(),
        ]));

        Assert.Contains("'faq'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_fallback_handler_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new IntentRouter(
        [
            new StubHandler("faq", RouteRank.Content, _ => true),
            new StubHandler("catch-all", RouteRank.Fallback - 1, _ => true),
        ]));

        Assert.Contains("fallback", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new IntentRouter([]));
    }
}
