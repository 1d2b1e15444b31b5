using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Grounding;
using LlmTutorBot.Faq.Knowledge;

namespace LlmTutorBot.Tests.Faq;

/// <summary>Citations: given ids become numbered markers in order of first use; made-up ones disappear.</summary>
public sealed class FaqCitationsUnitTests
{
    private static readonly FaqPassage[] Passages = [Passage("faq-fr/a"), Passage("faq-fr/b")];

    [Fact]
    public void Given_ids_are_numbered_in_order_of_first_use()
    {
        var answer = FaqCitations.Resolve("B first [[faq-fr/b]]. Then A [[faq-fr/a]], and B again [[ faq-fr/B ]].", Passages);

        Assert.Equal("B first [1]. Then A [2], and B again [1].", answer.Text);
        Assert.Equal(["faq-fr/b", "faq-fr/a"], answer.Cited.Select(p => p.Entry.Id));
        Assert.Empty(answer.Dropped);
    }

    [Fact]
    public void Made_up_ids_are_dropped_and_reported()
    {
        var answer = FaqCitations.Resolve("Claim [[faq-fr/zzz]]. Real [[faq-fr/a]][[faq-fr/a]].", Passages);

        Assert.Equal("Claim. Real [1].", answer.Text);
        Assert.Equal(["faq-fr/zzz"], answer.Dropped);
        Assert.Single(answer.Cited);
    }

    [Fact]
    public void An_answer_without_citations_cites_nothing()
    {
        Assert.Empty(FaqCitations.Resolve("Just text, no sources.", Passages).Cited);
    }

    [Theory]
    [InlineData("Partial [[faq-fr/a]] text", "Partial text")]
    [InlineData("Partial text [[faq-fr/", "Partial text")]
    [InlineData("Done [[faq-fr/a]].", "Done.")]
    public void Streamed_text_shows_no_citation_markup(string partial, string shown)
    {
        Assert.Equal(shown, FaqCitations.StripMarkup(partial));
    }

    private static FaqPassage Passage(string id) => new(
        new KnowledgeEntry(id, EntryKind.Question, BotLanguage.Fr, new KnowledgeCategory("c", new Dictionary<BotLanguage, string>()), id, "answer", new Dictionary<BotLanguage, IReadOnlyList<string>>()),
        1.0,
        "text");
}
