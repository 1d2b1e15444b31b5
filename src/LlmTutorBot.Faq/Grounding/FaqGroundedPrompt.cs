using LlmTutorBot.Core.Languages;
using LlmTutorBot.Faq.Retrieval;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>
/// The faq-answer prompt: the best entries as delimited passages within a token budget, the question delimited
/// too, and the rules (answer only from them, in the reply language, cite ids, or say <see cref="NoAnswer"/>).
/// </summary>
public static class FaqGroundedPrompt
{
    public const string TemplateName = "faq-answer";

    /// <summary>What the model answers when the passages do not answer the question.</summary>
    public const string NoAnswer = "NO_ANSWER";

    public static PromptTemplate Template => PromptLibrary.Get(TemplateName);

    /// <summary>
    /// The best <paramref name="count"/> hits as passages, adding entries while they fit in
    /// <paramref name="tokenBudget"/>; the first is always sent, cut to the budget if it must be.
    /// </summary>
    public static IReadOnlyList<FaqPassage> Passages(IReadOnlyList<FaqHit> hits, int count, int tokenBudget, ILlmClient llm)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(llm);
        var passages = new List<FaqPassage>();
        var spent = 0;
        foreach (var hit in hits.DistinctBy(h => h.Entry.Id).Take(count))
        {
            var text = Describe(hit);
            var tokens = llm.CountTokens(text);
            if (spent + tokens > tokenBudget)
            {
                if (passages.Count > 0)
                {
                    break;
                }

                text = Cut(text, tokenBudget, llm);
                tokens = llm.CountTokens(text);
            }

            passages.Add(new FaqPassage(hit.Entry, hit.Score, text));
            spent += tokens;
        }

        return passages;
    }

    public static RenderedPrompt Render(IReadOnlyList<FaqPassage> passages, string question, BotLanguage language, DataFence fence)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(fence);
        return Template.Render(new Dictionary<string, string>
        {
            ["nonce"] = fence.Nonce,
            ["language"] = LanguageName(language),
            ["no_answer"] = NoAnswer,
            ["passages"] = string.Join("\n\n", passages.Select(p => fence.Wrap("PASSAGE", p.Entry.Id, p.Text))),
            ["question"] = fence.Wrap("QUESTION", null, question),
        });
    }

    /// <summary>The language's name in English, as the model reads the instructions in English.</summary>
    public static string LanguageName(BotLanguage language) => language switch
    {
        BotLanguage.Fr => "French",
        BotLanguage.Zh => "Simplified Chinese",
        _ => "English",
    };

    // The team's note goes with the answer it corrects, so a model does not repeat a claim that has aged.
    private static string Describe(FaqHit hit) =>
        $"Category: {hit.Entry.Category.Name(hit.Entry.Language)}\nQuestion: {hit.Entry.Title}\nAnswer: {hit.Entry.Answer}"
        + (hit.Entry.TeamNoteIn(BotLanguage.En) is { } note ? $"\nTeam note (correct the answer with it): {note}" : "");

    /// <summary>The text shortened (at a word where it can) until it fits in the budget.</summary>
    private static string Cut(string text, int tokenBudget, ILlmClient llm)
    {
        var length = text.Length;
        while (length > 0 && llm.CountTokens(text[..length]) > tokenBudget)
        {
            length = length * 9 / 10;
            var space = text.LastIndexOf(' ', Math.Max(0, length - 1));
            length = space > length / 2 ? space : length;
        }

        return text[..length] + " …";
    }
}
