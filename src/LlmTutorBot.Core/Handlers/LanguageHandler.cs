using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Core.Handlers;

/// <summary>/lang &lt;code&gt;: stores the sender's reply language; "auto" goes back to following each message.</summary>
public sealed class LanguageHandler : CommandHandler
{
    public const string AutoChoice = "auto";

    public static CommandDefinition Definition { get; } = new(
        "lang",
        BotText.LangDescription,
        new CommandOption(
            "language",
            BotText.LangOption,
            Choices:
            [
                .. BotLanguages.All.Select(l => new CommandChoice(
                    l.Code(),
                    LocalizedText.Invariant(l.NativeName()),
                    BotLanguages.AliasesOf(l))),
                new CommandChoice(
                    AutoChoice,
                    BotText.LangAutoChoice,
                    ["automatic", "automatique", "自动", "default", "reset"]),
            ]));

    public override CommandDefinition Command => Definition;

    protected override Task<Reply> HandleAsync(TurnContext turn, ParsedCommand command, CancellationToken cancellationToken)
    {
        var value = command.Argument("language");
        if (value == AutoChoice)
        {
            turn.Changes.SetUserLanguage(null);
            return Task.FromResult(Reply.Text(BotText.LanguageAuto[turn.ReplyLanguage]));
        }

        // The parser only lets the catalog's choices through, so this always succeeds.
        var chosen = BotLanguages.TryParse(value, out var language) ? language.Value : turn.ReplyLanguage;
        turn.Changes.SetUserLanguage(chosen);
        turn.Changes.SetConversationLanguage(chosen);
        turn.ReplyLanguage = chosen;
        return Task.FromResult(Reply.Text(BotText.LanguageSet[chosen]));
    }
}
