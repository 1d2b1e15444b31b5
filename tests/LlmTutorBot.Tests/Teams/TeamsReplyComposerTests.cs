using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Teams;

/// <summary>How a reply's AI label, feedback buttons and files are shaped for each kind of Teams conversation.</summary>
public sealed class TeamsReplyComposerTests(RedisFixture redis) : IAsyncLifetime
{
    private static readonly ReplyFile Srt = new("talk.fr.srt", "application/x-subrip", Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:02,000\nBonjour\n"));
    private static readonly ReplyFile Txt = new("talk.en-fr.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Hello / Bonjour\n"));
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Theory]
    [InlineData("personal", true)]
    [InlineData("groupChat", true)]
    [InlineData("channel", false)]
    public async Task A_model_answer_is_labelled_everywhere_and_asks_for_feedback_only_in_chats(string conversationType, bool asksFeedback)
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);

        var composed = await harness.Composer().ComposeAsync(new Reply { Markdown = "An answer.", GeneratedByModel = true }, BotLanguage.En, harness.Reference(conversationType), "en-US");

        var first = Assert.Single(composed.Activities);
        Assert.Equal(["AIGeneratedContent"], Assert.Single(first.Entities!).AdditionalType);
        Assert.Equal(asksFeedback, composed.AsksFeedback);
        Assert.Equal(asksFeedback ? true : null, first.ChannelData?.FeedbackLoopEnabled);
    }

    [Fact]
    public async Task A_reply_the_bot_wrote_itself_has_no_label_and_no_feedback()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);

        var composed = await harness.Composer().ComposeAsync(Reply.Text("Here are my commands."), BotLanguage.En, harness.Reference("personal"), "en-US");

        Assert.Null(Assert.Single(composed.Activities).Entities);
        Assert.False(composed.AsksFeedback);
    }

    [Fact]
    public async Task In_personal_chat_the_files_are_offered_with_consent_cards_whose_offers_are_remembered()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake, ("BotFramework:FileUploadHosts", "127.0.0.1"));
        var reference = harness.Reference("personal");

        var composed = await harness.Composer().ComposeAsync(new Reply { Markdown = "Translated.", Files = [Srt, Txt] }, BotLanguage.Fr, reference, "fr-FR");

        Assert.Equal(2, composed.Activities.Count);
        var cards = composed.Activities[1].Attachments!;
        Assert.Equal([FileConsentCard.ContentType, FileConsentCard.ContentType], cards.Select(c => c.ContentType));
        Assert.Equal(["talk.fr.srt", "talk.en-fr.txt"], cards.Select(c => c.Name));
        Assert.Contains("OneDrive", cards[0].Content!.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        var offerId = cards[0].Content!.Value.GetProperty("acceptContext").GetProperty("offerId").GetString();
        var taken = await harness.Offers.TakeAsync(reference.ConversationId, new FileConsentAnswer(false, offerId, null), TestContext.Current.CancellationToken);
        Assert.Equal(Srt.Content.ToArray(), taken.Offer!.Content);
        Assert.Equal("fr-FR", taken.Offer.Locale);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Elsewhere_a_linked_file_adds_nothing_to_the_linking_text(string conversationType)
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var linked = Srt with { Link = new Uri("https://bot.example.com/files/abc/talk.fr.srt") };

        var composed = await harness.Composer().ComposeAsync(new Reply { Markdown = "⬇️ [talk.fr.srt](https://bot.example.com/files/abc/talk.fr.srt)", Files = [linked] }, BotLanguage.En, harness.Reference(conversationType), null);

        var only = Assert.Single(composed.Activities);
        Assert.Null(only.Attachments);
    }

    [Fact]
    public async Task Without_a_public_address_a_channel_gets_the_first_file_as_text_and_the_others_named()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);

        var composed = await harness.Composer().ComposeAsync(new Reply { Markdown = "Translated.", Files = [Srt, Txt] }, BotLanguage.En, harness.Reference("channel"), null);

        var texts = composed.Activities.Select(a => a.Text!).ToList();
        Assert.Equal("Translated.", texts[0]);
        Assert.Contains("Bot:PublicBaseUrl", texts[1], StringComparison.Ordinal);
        Assert.Contains("talk.fr.srt", texts[1], StringComparison.Ordinal);
        Assert.StartsWith("```\n1\n00:00:00,000 --> 00:00:02,000\nBonjour", texts[2], StringComparison.Ordinal);
        Assert.Contains("talk.en-fr.txt", texts[3], StringComparison.Ordinal);
        Assert.All(composed.Activities, a => Assert.Null(a.Attachments));
    }

    [Fact]
    public async Task A_file_too_long_to_show_is_named_with_its_size_instead()
    {
        using var harness = new TeamsSinkHarness(redis.ConnectionString, _fake);
        var big = new ReplyFile("long.srt", "application/x-subrip", Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"{i}\nline {i} of a long transcript"))));

        var composed = await harness.Composer(maxMessageLength: 1_000).ComposeAsync(new Reply { Markdown = "Translated.", Files = [big] }, BotLanguage.Fr, harness.Reference("channel"), null);

        Assert.Equal(2, composed.Activities.Count);
        Assert.Contains("long.srt", composed.Activities[1].Text, StringComparison.Ordinal);
        Assert.Contains("octets", composed.Activities[1].Text, StringComparison.Ordinal);
    }
}
