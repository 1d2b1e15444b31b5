using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Discord.Interactions;

namespace LlmTutorBot.Discord.Commands;

/// <summary>
/// Discord's application command JSON, generated from the command catalog: chat-input commands with descriptions
/// in English and localized for French and Chinese, typed options, choices with localized names (or autocomplete
/// where a list would not fit or the option is a free language), then a message command (type 3) for each command
/// offered on a message. Registered globally, every command is installable in guilds and by users (integration_types
/// 0 and 1) and usable in guild channels, DMs with the bot and other private channels (contexts 0, 1, 2); commands
/// for moderators in groups carry default_member_permissions (Manage Messages). Registered in one guild, the
/// global-only fields are left out. The global text is registered by "discord register-commands" and kept in
/// manifests/discord/commands.json.
/// </summary>
public static class DiscordCommandManifest
{
    /// <summary>MANAGE_MESSAGES (1 &lt;&lt; 13), as the decimal string Discord expects.</summary>
    public const string ManageMessages = "8192";

    private const int MaxDescription = 100;
    private const int MaxChoices = 25;
    private const int MaxStringOption = 6000;

    /// <summary>Discord's locales for the bot's languages other than English (the default).</summary>
    private static readonly (string Locale, BotLanguage Language)[] Locales =
        [("fr", BotLanguage.Fr), ("zh-CN", BotLanguage.Zh), ("zh-TW", BotLanguage.Zh)];

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The commands as an indented JSON array, ending with a newline; <paramref name="guild"/>: for one guild's registration.</summary>
    public static string Generate(CommandCatalog catalog, bool guild = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var command in catalog.Commands)
            {
                WriteCommand(writer, command, guild);
            }

            foreach (var command in catalog.Commands.Where(c => c.MessageAction is not null))
            {
                WriteMessageCommand(writer, command.MessageAction!, guild);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteMessageCommand(Utf8JsonWriter writer, LocalizedText name, bool guild)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name.En);
        writer.WriteNumber("type", 3);
        WriteLocalizations(writer, "name_localizations", name);
        WriteWhere(writer, guild);
        writer.WriteEndObject();
    }

    /// <summary>Global only: installable in guilds (0) and by users (1); usable in guilds (0), bot DMs (1) and private channels (2).</summary>
    private static void WriteWhere(Utf8JsonWriter writer, bool guild)
    {
        if (guild)
        {
            return;
        }

        writer.WriteStartArray("integration_types");
        writer.WriteNumberValue(0);
        writer.WriteNumberValue(1);
        writer.WriteEndArray();
        writer.WriteStartArray("contexts");
        writer.WriteNumberValue(0);
        writer.WriteNumberValue(1);
        writer.WriteNumberValue(2);
        writer.WriteEndArray();
    }

    private static void WriteCommand(Utf8JsonWriter writer, CommandDefinition command, bool guild)
    {
        writer.WriteStartObject();
        writer.WriteString("name", command.Name);
        writer.WriteNumber("type", 1);
        WriteDescription(writer, command.Description);
        if (command.Options.Count > 0)
        {
            writer.WriteStartArray("options");
            foreach (var option in command.Options)
            {
                WriteOption(writer, option);
            }

            writer.WriteEndArray();
        }

        if (command.ModeratorsOnlyInGroups)
        {
            writer.WriteString("default_member_permissions", ManageMessages);
        }

        WriteWhere(writer, guild);
        writer.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter writer, CommandOption option)
    {
        writer.WriteStartObject();
        writer.WriteNumber("type", option.Type switch
        {
            CommandOptionType.Integer => 4,
            CommandOptionType.Boolean => 5,
            _ => 3,
        });
        writer.WriteString("name", option.Name);
        WriteDescription(writer, option.Description);
        writer.WriteBoolean("required", option.Required);
        if (option.Type is CommandOptionType.Text or CommandOptionType.String or CommandOptionType.Url && option.Choices.Count == 0)
        {
            writer.WriteNumber("max_length", MaxStringOption);
        }

        if (option.Choices.Count is > 0 and <= MaxChoices)
        {
            writer.WriteStartArray("choices");
            foreach (var choice in option.Choices)
            {
                writer.WriteStartObject();
                writer.WriteString("name", Truncate(choice.Name.En, MaxDescription));
                WriteLocalizations(writer, "name_localizations", choice.Name);
                if (option.Type == CommandOptionType.Integer && long.TryParse(choice.Value, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumber("value", number);
                }
                else
                {
                    writer.WriteString("value", choice.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else if (option.Choices.Count > MaxChoices || LanguageAutocomplete.Applies(option))
        {
            writer.WriteBoolean("autocomplete", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteDescription(Utf8JsonWriter writer, LocalizedText description)
    {
        writer.WriteString("description", Truncate(description.En, MaxDescription));
        WriteLocalizations(writer, "description_localizations", description);
    }

    /// <summary>Only the translations that differ from the English text.</summary>
    private static void WriteLocalizations(Utf8JsonWriter writer, string property, LocalizedText text)
    {
        var localized = Locales.Where(l => text[l.Language] != text.En).ToList();
        if (localized.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(property);
        foreach (var (locale, language) in localized)
        {
            writer.WriteString(locale, Truncate(text[language], MaxDescription));
        }

        writer.WriteEndObject();
    }

    private static string Truncate(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}
