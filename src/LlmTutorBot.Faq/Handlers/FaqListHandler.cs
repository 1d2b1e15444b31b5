using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using LlmTutorBot.Faq.Answering;
using LlmTutorBot.Faq.Knowledge;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Faq.Handlers;

/// <summary>/faq [page | entry id] [part]: the questions by category, a page at a time, or one entry in full.</summary>
public sealed class FaqListHandler(FaqLibrary library, FaqResponder responder, IOptions<FaqOptions> options) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "faq",
        FaqText.FaqDescription,
        new CommandOption("item", FaqText.ItemOption, Required: false),
        new CommandOption("part", FaqText.PartOption, CommandOptionType.Integer, Required: false));

    public override CommandDefinition Command => Definition;

    // "faq" is the intent of questions answered from the FAQ.
    public override string Intent => "faq-list";

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        var item = command.Argument("item");
        if (item is null || int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            var page = item is null ? 1 : int.Parse(item, CultureInfo.InvariantCulture);
            return Task.FromResult(Page(turn, page));
        }

        if (library.KnowledgeBase.Find(item) is not { } entry)
        {
            return Task.FromResult(Reply.Text(FaqText.NoSuchEntry.Format(turn.ReplyLanguage, item.Replace('`', '\''))) with { Confident = false });
        }

        var part = int.TryParse(command.Argument("part"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var parts = responder.PartCount(entry, turn.ReplyLanguage);
        if (part < 1 || part > parts)
        {
            return Task.FromResult(Reply.Text(FaqText.NoSuchPart.Format(turn.ReplyLanguage, parts)) with { Confident = false });
        }

        return Task.FromResult(responder.Entry(turn, entry, part, 1));
    }

    private Reply Page(TurnContext turn, int page)
    {
        var language = turn.ReplyLanguage;
        var questions = library.KnowledgeBase.Entries.Where(e => e.Kind == EntryKind.Question).ToList();
        var size = options.Value.PageSize;
        var pages = Math.Max(1, (questions.Count + size - 1) / size);
        if (page < 1 || page > pages)
        {
            return Reply.Text(FaqText.NoSuchPage.Format(language, page, pages)) with { Confident = false };
        }

        var text = new StringBuilder().Append("**").Append(FaqText.FaqTitle.Format(language, page, pages)).Append("**\n");
        KnowledgeCategory? category = null;
        foreach (var entry in questions.Skip((page - 1) * size).Take(size))
        {
            if (entry.Category != category)
            {
                category = entry.Category;
                text.Append("\n__").Append(category.Name(language)).Append("__\n");
            }

            text.Append("- ").Append(entry.TitleIn(language)).Append(" `").Append(entry.Id).Append("`\n");
        }

        text.Append('\n').Append(FaqText.FaqHint[language]);
        List<ReplyButton> buttons = [];
        if (page > 1)
        {
            buttons.Add(new ReplyButton(FaqText.PreviousPage[language], $"/faq {page - 1}"));
        }

        if (page < pages)
        {
            buttons.Add(new ReplyButton(FaqText.NextPage[language], $"/faq {page + 1}"));
        }

        return new Reply { Markdown = text.ToString(), Buttons = buttons };
    }
}
