using System.Globalization;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.Commands;

/// <summary>
/// Reads "/name args" typed as text, and commands typed without their slash (see <see cref="ParseBare"/>). A command
/// that takes no options ignores words after its name ("/help me" is /help). Arguments fill the command's options in order; a word in quotes
/// ("…", “…”, «…», 「…」) is one argument; <c>option:value</c> or <c>option=value</c> names its option;
/// a <see cref="CommandOptionType.Text"/> option takes the rest of the message as typed.
/// </summary>
public sealed class CommandParser(CommandCatalog catalog)
{
    private static readonly Dictionary<char, char> Quotes = new()
    {
        ['"'] = '"',
        ['“'] = '”',
        ['«'] = '»',
        ['「'] = '」',
        ['„'] = '“',
    };

    /// <summary>The command in <paramref name="text"/>, or null when the text is not a slash command.</summary>
    public ParsedCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().TrimStart();
        if (span.Length < 2 || span[0] != '/')
        {
            return null;
        }

        var nameEnd = 1;
        while (nameEnd < span.Length && !char.IsWhiteSpace(span[nameEnd]))
        {
            nameEnd++;
        }

        var name = span[1..nameEnd].ToString().ToLowerInvariant();
        if (!CommandNames.IsValid(name))
        {
            // "/usr/bin", "/-)" and the like are text, not commands.
            return null;
        }

        if (!catalog.TryGet(name, out var command))
        {
            return ParsedCommand.Invalid(name, new CommandError(CommandErrorKind.UnknownCommand));
        }

        return ParseArguments(command, span[nameEnd..].ToString());
    }

    /// <summary>
    /// A command typed without its slash, as Teams' command menu inserts it and people type it ("help", "lang fr",
    /// "summarize &lt;link&gt;", "translate &lt;link&gt; fr", "faq", "reset", "ask …"), or null for text. The rule: the
    /// first word is a command's name (case and trailing punctuation aside) and what follows is either nothing, or
    /// arguments that fill the command's options, or at most <see cref="MaxBareExtraWords"/> words with no question mark
    /// (so "help me" and "lang klingon" get the same reply as "/help me" and "/lang klingon"). A sentence that merely
    /// starts with the word ("help me understand attention", "reset the weights of a model?") stays text.
    /// </summary>
    public ParsedCommand? ParseBare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '/')
        {
            return null;
        }

        var nameEnd = 0;
        while (nameEnd < trimmed.Length && !char.IsWhiteSpace(trimmed[nameEnd]))
        {
            nameEnd++;
        }

        var name = trimmed[..nameEnd].TrimEnd('!', '.', ',', ':', ';', '！', '。', '，', '：').ToLowerInvariant();
        if (!CommandNames.IsValid(name) || !catalog.TryGet(name, out var command))
        {
            return null;
        }

        var rest = trimmed[nameEnd..].Trim();
        var parsed = ParseArguments(command, rest);
        if (rest.Length == 0 || (parsed.IsValid && command.Options.Count > 0))
        {
            return parsed;
        }

        return !rest.Contains('?', StringComparison.Ordinal) && !rest.Contains('？', StringComparison.Ordinal) && WordCount(rest) <= MaxBareExtraWords
            ? parsed
            : null;
    }

    /// <summary>The most words after a bare command name that do not fill its options and still make it the command.</summary>
    public const int MaxBareExtraWords = 2;

    /// <summary>Checks and normalizes arguments a platform already split (Discord interactions).</summary>
    public ParsedCommand FromArguments(string name, IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!catalog.TryGet(name, out var command))
        {
            return ParsedCommand.Invalid(name, new CommandError(CommandErrorKind.UnknownCommand));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in arguments)
        {
            if (command.Options.All(o => o.Name != key))
            {
                return ParsedCommand.Invalid(name, new CommandError(CommandErrorKind.TooManyArguments, key, value));
            }

            values[key] = value;
        }

        return Validate(command, values);
    }

    private static ParsedCommand ParseArguments(CommandDefinition command, string rest)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (true)
        {
            while (position < rest.Length && char.IsWhiteSpace(rest[position]))
            {
                position++;
            }

            if (position >= rest.Length)
            {
                break;
            }

            var next = command.Options.FirstOrDefault(o => !values.ContainsKey(o.Name));
            if (next is { Type: CommandOptionType.Text })
            {
                values[next.Name] = Unquote(rest[position..].Trim());
                break;
            }

            var tokenStart = position;
            if (!TryReadToken(rest, ref position, out var token, out var quoted))
            {
                return ParsedCommand.Invalid(command.Name, new CommandError(CommandErrorKind.UnclosedQuote, next?.Name, rest[tokenStart..].Trim()));
            }

            if (!quoted && TrySplitNamed(command, token, values, out var named, out var namedValue))
            {
                var valueStart = tokenStart + token.IndexOfAny([':', '=']) + 1;
                if (named.Type != CommandOptionType.Text && valueStart < rest.Length && Quotes.ContainsKey(rest[valueStart]))
                {
                    // option:"two words": the quoted value goes on past the space.
                    position = valueStart;
                    if (!TryReadToken(rest, ref position, out namedValue, out _))
                    {
                        return ParsedCommand.Invalid(command.Name, new CommandError(CommandErrorKind.UnclosedQuote, named.Name, rest[valueStart..].Trim()));
                    }
                }

                values[named.Name] = named.Type == CommandOptionType.Text
                    ? Unquote((namedValue + rest[position..]).Trim())
                    : namedValue;
                if (named.Type == CommandOptionType.Text)
                {
                    break;
                }

                continue;
            }

            if (next is null && command.Options.Count == 0)
            {
                // "/help me", "/reset please": a command without options has nothing to misread in them.
                break;
            }

            if (next is null)
            {
                return ParsedCommand.Invalid(command.Name, new CommandError(CommandErrorKind.TooManyArguments, Value: token));
            }

            values[next.Name] = token;
        }

        return Validate(command, values);
    }

    private static ParsedCommand Validate(CommandDefinition command, Dictionary<string, string> values)
    {
        foreach (var option in command.Options)
        {
            if (!values.TryGetValue(option.Name, out var raw) || string.IsNullOrWhiteSpace(raw))
            {
                values.Remove(option.Name);
                if (option.Required)
                {
                    return ParsedCommand.Invalid(command.Name, new CommandError(CommandErrorKind.MissingArgument, option.Name));
                }

                continue;
            }

            var normalized = Normalize(option, raw.Trim());
            if (normalized is null)
            {
                return ParsedCommand.Invalid(command.Name, new CommandError(CommandErrorKind.InvalidValue, option.Name, raw.Trim()));
            }

            values[option.Name] = normalized;
        }

        return new ParsedCommand(command.Name, values);
    }

    /// <summary>The canonical form of a value, or null when the value does not fit the option.</summary>
    private static string? Normalize(CommandOption option, string value)
    {
        if (option.Choices.Count > 0)
        {
            return MatchChoice(option, value);
        }

        return option.Type switch
        {
            CommandOptionType.Integer => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : null,
            CommandOptionType.Boolean => ParseBoolean(value),
            CommandOptionType.Url => ParseUrl(value),
            _ => value,
        };
    }

    private static string? MatchChoice(CommandOption option, string value)
    {
        // A language choice ("zh") also takes the tags people and platforms use ("zh-CN", "fr_CA").
        var languageCode = BotLanguages.TryParse(value, out var language) ? language.Value.Code() : null;
        foreach (var choice in option.Choices)
        {
            if (string.Equals(choice.Value, value, StringComparison.OrdinalIgnoreCase)
                || choice.Aliases.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
                || BotLanguages.All.Any(l => string.Equals(choice.Name[l], value, StringComparison.OrdinalIgnoreCase))
                || string.Equals(choice.Value, languageCode, StringComparison.Ordinal))
            {
                return choice.Value;
            }
        }

        return null;
    }

    private static string? ParseBoolean(string value) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "on" or "1" or "oui" or "vrai" or "是" or "开" => "true",
        "false" or "no" or "n" or "off" or "0" or "non" or "faux" or "否" or "关" => "false",
        _ => null,
    };

    private static string? ParseUrl(string value)
    {
        // Discord users wrap links in <…> to stop the preview.
        var candidate = value is ['<', .., '>'] ? value[1..^1] : value;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            ? candidate
            : null;
    }

    private static bool TrySplitNamed(
        CommandDefinition command,
        string token,
        Dictionary<string, string> values,
        out CommandOption named,
        out string value)
    {
        named = null!;
        value = "";
        var separator = token.IndexOfAny([':', '=']);
        if (separator <= 0)
        {
            return false;
        }

        var name = token[..separator].ToLowerInvariant();
        var option = command.Options.FirstOrDefault(o => o.Name == name && !values.ContainsKey(o.Name));
        if (option is null)
        {
            return false;
        }

        named = option;
        value = Unquote(token[(separator + 1)..]);
        return true;
    }

    private static bool TryReadToken(string text, ref int position, out string token, out bool quoted)
    {
        quoted = Quotes.TryGetValue(text[position], out var close);
        if (!quoted)
        {
            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            token = text[start..position];
            return true;
        }

        var end = text.IndexOf(close, position + 1);
        if (end < 0)
        {
            token = "";
            return false;
        }

        token = text[(position + 1)..end].Trim();
        position = end + 1;
        return true;
    }

    // Words as a reader counts them: runs of letters between spaces, and two Han characters as one word.
    private static int WordCount(string text)
    {
        var words = 0;
        var han = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokenHan = token.Count(c => c is >= '\u3400' and <= '\u9FFF');
            han += tokenHan;
            if (tokenHan < token.Length)
            {
                words++;
            }
        }

        return words + ((han + 1) / 2);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && Quotes.TryGetValue(value[0], out var close) && value[^1] == close && value.IndexOf(close, 1) == value.Length - 1
            ? value[1..^1].Trim()
            : value;
}
