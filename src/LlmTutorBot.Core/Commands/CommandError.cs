namespace LlmTutorBot.Core.Commands;

public enum CommandErrorKind
{
    UnknownCommand,
    MissingArgument,
    InvalidValue,
    UnclosedQuote,
    TooManyArguments,
}

/// <summary>Why a command could not be read; the command-error handler turns it into a helpful reply.</summary>
public sealed record CommandError(CommandErrorKind Kind, string? OptionName = null, string? Value = null);
