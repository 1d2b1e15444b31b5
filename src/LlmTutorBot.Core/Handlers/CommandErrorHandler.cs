using System.Text;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Core.Routing;

namespace LlmTutorBot.Core.Handlers;

/// <summary>A slash command that could not be read: says what was wrong, how to write it, and what was meant.</summary>
public sealed class CommandErrorHandler(CommandCatalog catalog) : IIntentHandler
{
    public string Intent => Intents.CommandError;

    public int Rank => RouteRank.CommandError;

    public bool CanHandle(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Command is { IsValid: false };
    }

    public Task<Reply> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Changes.LeaveOutOfHistory();
        var command = turn.Command!;
        var error = command.Error!;
        var language = turn.ReplyLanguage;
        var text = new StringBuilder();

        if (error.Kind == CommandErrorKind.UnknownCommand || !catalog.TryGet(command.Name, out var definition))
        {
            text.Append(BotText.UnknownCommand.Format(language, Shorten(command.Name)));
            var closest = catalog.Closest(command.Name);
            if (closest is not null)
            {
                text.Append(' ').Append(BotText.DidYouMean.Format(language, closest.Name));
            }

            text.Append("\n\n").Append(BotText.SeeHelp[language]);
            return Task.FromResult(Reply.Text(text.ToString()) with { Confident = false });
        }

        var option = definition.Options.FirstOrDefault(o => o.Name == error.OptionName);
        text.Append(Describe(error, option, definition, language));
        if (option is { Choices.Count: > 0 })
        {
            text.Append('\n').Append(BotText.Choices.Format(language, option.DescribeChoices(language)));
        }

        text.Append("\n\n").Append(BotText.Usage.Format(language, $"`{definition.Usage}`"));
        return Task.FromResult(Reply.Text(text.ToString()) with { Confident = false });
    }

    private static string Describe(CommandError error, CommandOption? option, CommandDefinition command, BotLanguage language)
    {
        var optionName = option?.Name ?? error.OptionName ?? "";
        return error.Kind switch
        {
            CommandErrorKind.MissingArgument => BotText.MissingArgument.Format(language, command.Name, optionName, option?.Description[language]),
            CommandErrorKind.UnclosedQuote => BotText.InvalidValue.Format(language, optionName, Shorten(error.Value), BotText.UnclosedQuote[language]),
            CommandErrorKind.TooManyArguments => BotText.TooManyArguments.Format(language, command.Name, Shorten(error.Value)),
            _ when option is { Choices.Count: > 0 } => BotText.InvalidChoice.Format(language, optionName, Shorten(error.Value)),
            _ => BotText.InvalidValue.Format(language, optionName, Shorten(error.Value), ExpectedValue(option, language)),
        };
    }

    private static string ExpectedValue(CommandOption? option, BotLanguage language) => option?.Type switch
    {
        CommandOptionType.Integer => BotText.ExpectedInteger[language],
        CommandOptionType.Boolean => BotText.ExpectedBoolean[language],
        CommandOptionType.Url => BotText.ExpectedUrl[language],
        _ => "",
    };

    /// <summary>Echoes at most 40 characters of what the user typed, with backticks removed so Markdown stays intact.</summary>
    private static string Shorten(string? value)
    {
        var text = (value ?? "").Replace('`', '\'');
        return text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
    }
}
