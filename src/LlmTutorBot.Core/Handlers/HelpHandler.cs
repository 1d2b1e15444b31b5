using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Handlers;

/// <summary>/help: every command of the catalog, described in the user's language, and the features' notes.</summary>
public sealed class HelpHandler(CommandList commands, IOptions<BotOptions> options, IEnumerable<IHelpNote> notes) : CommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "help",
        BotText.HelpDescription);

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        var language = turn.ReplyLanguage;
        var reply = new Reply
        {
            Markdown = $"**{BotText.HelpTitle[language]}**\n\n{BotText.HelpIntro.Format(language, options.Value.Name)}\n\n"
                + BotText.HelpLanguageLine.Format(language, language.NameIn(language))
                + string.Concat(notes.Select(note => "\n\n" + note.Line(language))),
            Sections = [new ReplySection(BotText.HelpCommandsHeading[language], commands.Render(language))],
        };
        return Task.FromResult(reply);
    }
}
