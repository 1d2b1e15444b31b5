using System.Text;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;

namespace LlmTutorBot.Core.Commands;

/// <summary>
/// One slash command. This single definition feeds the help text, the text parser,
/// Discord's application command JSON and Teams' command list.
/// </summary>
public sealed record CommandDefinition
{
    public CommandDefinition(string name, LocalizedText description, params IReadOnlyList<CommandOption> options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(options);
        if (!CommandNames.IsValid(name))
        {
            throw new ArgumentException($"Command name '{name}' must be 1-32 lower-case letters, digits, '-' or '_'.", nameof(name));
        }

        for (var i = 0; i < options.Count; i++)
        {
            if (!CommandNames.IsValid(options[i].Name))
            {
                throw new ArgumentException($"Option name '{options[i].Name}' of /{name} is not valid.", nameof(options));
            }

            if (options[i].Type == CommandOptionType.Text && i != options.Count - 1)
            {
                throw new ArgumentException($"Only the last option of /{name} can be free text.", nameof(options));
            }

            if (options[i].Required && i > 0 && !options[i - 1].Required)
            {
                throw new ArgumentException($"Required option '{options[i].Name}' of /{name} follows an optional one.", nameof(options));
            }
        }

        Name = name;
        Description = description;
        Options = options;
    }

    public string Name { get; }

    public LocalizedText Description { get; }

    public IReadOnlyList<CommandOption> Options { get; }

    /// <summary>
    /// Also offered on a message (Discord: right-click › Apps) under this name, 1 to 32 characters in each language:
    /// the command runs with the message's link as its first option and the others left out. Null: slash command only.
    /// </summary>
    public LocalizedText? MessageAction
    {
        get => _messageAction;
        init
        {
            if (value is not null && (Options.Count == 0 || BotLanguages.All.Select(l => value[l]).Any(n => n.Trim().Length is 0 or > 32 || n.Trim() != n)))
            {
                throw new ArgumentException($"The message action of /{Name} needs a first option for the link and names of 1 to 32 characters.", nameof(value));
            }

            _messageAction = value;
        }
    }

    /// <summary>
    /// In a group conversation (a Discord guild channel), only members who may manage messages run it on the whole
    /// conversation; Discord hides it from others by default (default_member_permissions) and the adapter checks.
    /// </summary>
    public bool ModeratorsOnlyInGroups { get; init; }

    private readonly LocalizedText? _messageAction;

    /// <summary>"/name &lt;required&gt; [optional]".</summary>
    public string Usage
    {
        get
        {
            var builder = new StringBuilder("/").Append(Name);
            foreach (var option in Options)
            {
                builder.Append(' ').Append(option.Required ? '<' : '[').Append(option.Name).Append(option.Required ? '>' : ']');
            }

            return builder.ToString();
        }
    }
}
