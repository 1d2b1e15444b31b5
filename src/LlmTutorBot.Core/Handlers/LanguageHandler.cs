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
        new LocalizedText("Choose the language I reply in", "Choisir la langue de mes réponses", "选择我回复使用的语言"),
        new CommandOption(
            "language",
            new LocalizedText("Reply language", "Langue des réponses", "回复语言"),
            Choices:
            [
                .. BotLanguages.All.Select(l => new CommandChoice(
                    l.Code(),
                    new LocalizedText(l.NativeName(), l.NativeName(), l.NativeName()),
                    BotLanguages.AliasesOf(l))),
                new CommandChoice(
                    AutoChoice,
                    new LocalizedText("Automatic (the language of each message)", "Automatique (la langue de chaque message)", "自动（跟随每条消息的语言）"),
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
