using System.Diagnostics.CodeAnalysis;

namespace LlmTutorBot.Core.Commands;

/// <summary>What an option's value is. Each maps onto a Discord option type and a Teams command parameter.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names mirror Discord's option types.")]
public enum CommandOptionType
{
    /// <summary>One word, or several words in quotes.</summary>
    String,

    /// <summary>The rest of the message, as typed (a question). Only the last option can be text.</summary>
    Text,

    Integer,

    Boolean,

    /// <summary>An absolute http or https address.</summary>
    Url,
}
