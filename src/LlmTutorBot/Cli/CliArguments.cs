namespace LlmTutorBot.Cli;

internal enum CliVerb
{
    Ask,
    Chat,
}

/// <summary>
/// What the command line asked for. <c>--Section:Key=value</c> arguments are configuration, as for the web host.
/// </summary>
internal sealed record CliArguments(
    CliVerb Verb,
    string? Message,
    bool Json,
    string? ConversationId,
    string? UserId,
    string? Locale,
    IReadOnlyList<string> ConfigurationArguments)
{
    public const string Usage = """
        Usage:
          LlmTutorBot ask [--json] [options] "<message>"   answer one message and exit
          LlmTutorBot ask --json [options] < messages.txt  answer each line of standard input, one JSON object per line
          LlmTutorBot chat [options]                       talk with the bot in the terminal (/quit to leave)

        Options:
          --json                  print {"reply","intent","language","sources","confident"} for each answer
          --conversation <id>     continue a saved conversation (default: a new one per run)
          --user <id>             who is speaking (default: your login name); /lang preferences belong to the user
          --locale <tag>          the locale a platform would send, such as fr-FR
          --<Section>:<Key>=<v>   any configuration setting, as in appsettings.json

        With dotnet: dotnet run --project src/LlmTutorBot -- ask "What is fine-tuning?"
        """;

    /// <summary>Reads the arguments after the verb; returns null with an error message when they make no sense.</summary>
    public static CliArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 0 || !TryVerb(args[0], out var verb))
        {
            error = "Expected a command: ask or chat.";
            return null;
        }

        var json = false;
        string? conversation = null, user = null, locale = null;
        List<string> message = [];
        List<string> configuration = [];
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                message.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--conversation" or "--user" or "--locale":
                    if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
                    {
                        error = $"{arg} needs a value.";
                        return null;
                    }

                    var value = args[++i];
                    if (arg == "--conversation")
                    {
                        conversation = value;
                    }
                    else if (arg == "--user")
                    {
                        user = value;
                    }
                    else
                    {
                        locale = value;
                    }

                    break;
                default:
                    if (!arg.Contains('=', StringComparison.Ordinal))
                    {
                        error = $"Unknown option {arg}.";
                        return null;
                    }

                    configuration.Add(arg);
                    break;
            }
        }

        if (verb == CliVerb.Chat && message.Count > 0)
        {
            error = "chat takes no message: type your messages once it starts.";
            return null;
        }

        return new CliArguments(verb, message.Count > 0 ? string.Join(' ', message) : null, json, conversation, user, locale, configuration);
    }

    public static bool TryVerb(string arg, out CliVerb verb)
    {
        switch (arg)
        {
            case "ask":
                verb = CliVerb.Ask;
                return true;
            case "chat":
                verb = CliVerb.Chat;
                return true;
            default:
                verb = default;
                return false;
        }
    }
}
