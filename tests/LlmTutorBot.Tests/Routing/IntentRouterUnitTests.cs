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
