using System.Text.Json;
using System.Text.RegularExpressions;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Discord.Commands;
using LlmTutorBot.Tests.Commands;
using LlmTutorBot.YouTube.Handlers;

namespace LlmTutorBot.Tests.Discord;

public sealed partial class DiscordCommandManifestUnitTests
{
    /// <summary>The real /translate: its language option is free text in the reply's languages.</summary>
    private static readonly CommandDefinition Translate = TranslateHandler.Definition;

    [Fact]
    public void Every_catalog_command_becomes_a_chat_input_command_installable_by_guilds_and_users_and_usable_everywhere()
    {
        var commands = Generate(TestCommands.Catalog());

        Assert.Equal(TestCommands.Catalog().Commands.Select(c => c.Name), commands.Select(c => c.GetProperty("name").GetString()));
        Assert.All(commands, c =>
        {
            Assert.Equal(1, c.GetProperty("type").GetInt32());
            Assert.Equal([0, 1, 2], c.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
            Assert.Equal([0, 1], c.GetProperty("integration_types").EnumerateArray().Select(e => e.GetInt32()));
            Assert.Matches(DiscordName(), c.GetProperty("name").GetString());
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 100);
        });
    }

    [Fact]
    public void Descriptions_are_localized_for_french_and_chinese()
    {
        var lang = Generate(TestCommands.Catalog()).Single(c => c.GetProperty("name").GetString() == "lang");
        var localizations = lang.GetProperty("description_localizations");

        Assert.Equal("Choisir la langue de mes réponses", localizations.GetProperty("fr").GetString());
        Assert.Equal("选择我回复使用的语言", localizations.GetProperty("zh-CN").GetString());
        Assert.Equal("选择我回复使用的语言", localizations.GetProperty("zh-TW").GetString());
    }

    [Fact]
    public void Options_keep_their_types_requirement_and_localized_choices()
    {
        var watch = Generate(TestCommands.Catalog()).Single(c => c.GetProperty("name").GetString() == "watch");
        var options = watch.GetProperty("options").EnumerateArray().ToList();
        var lang = Generate(TestCommands.Catalog()).Single(c => c.GetProperty("name").GetString() == "lang").GetProperty("options")[0];

        Assert.Equal([3, 4, 5, 3], options.Select(o => o.GetProperty("type").GetInt32()));
        Assert.Equal([true, false, false, false], options.Select(o => o.GetProperty("required").GetBoolean()));
        Assert.Equal(["en", "fr", "zh", "auto"], lang.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("Automatique (la langue de chaque message)", lang.GetProperty("choices")[3].GetProperty("name_localizations").GetProperty("fr").GetString());
        Assert.False(lang.TryGetProperty("autocomplete", out _));
    }

    [Fact]
    public void A_free_language_option_is_autocompleted()
    {
        var translate = Generate(new CommandCatalog([Translate])).Single(c => c.GetProperty("type").GetInt32() == 1);
        var language = translate.GetProperty("options")[1];

        Assert.True(language.GetProperty("autocomplete").GetBoolean());
        Assert.False(language.TryGetProperty("choices", out _));
        Assert.False(translate.GetProperty("options")[0].TryGetProperty("autocomplete", out _));
    }

    [Fact]
    public void Long_descriptions_are_cut_to_discords_hundred_characters()
    {
        var wordy = new CommandDefinition("wordy", TestCommands.Same(new string('w', 150)));

        var description = Generate(new CommandCatalog([wordy])).Single().GetProperty("description").GetString()!;

        Assert.Equal(100, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_and_accents_stay_readable_in_the_file()
    {
        var json = DiscordCommandManifest.Generate(TestCommands.Catalog());

        Assert.Contains("选择我回复使用的语言", json, StringComparison.Ordinal);
        Assert.Contains("réponses", json, StringComparison.Ordinal);
        Assert.EndsWith("]\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_offered_on_messages_also_becomes_a_localized_message_command()
    {
        var translate = Translate;

        var commands = Generate(new CommandCatalog([translate]));

        Assert.Equal([("translate", 1), ("Translate video", 3)], commands.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetInt32())));
        var message = commands[1];
        Assert.False(message.TryGetProperty("description", out _));
        Assert.False(message.TryGetProperty("options", out _));
        Assert.Equal("Traduire la vidéo", message.GetProperty("name_localizations").GetProperty("fr").GetString());
        Assert.Equal([0, 1, 2], message.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void A_message_action_needs_a_link_option_and_a_short_name()
    {
        Assert.Throws<ArgumentException>(() => new CommandDefinition("help", TestCommands.Same("Help")) { MessageAction = TestCommands.Same("Help me") });
        Assert.Throws<ArgumentException>(() => Translate with { MessageAction = TestCommands.Same(new string('x', 33)) });
    }

    [Fact]
    public void Reset_is_for_members_who_can_manage_messages_by_default_and_says_what_it_forgets()
    {
        var reset = Generate(TestCommands.Catalog()).Single(c => c.GetProperty("name").GetString() == "reset");

        Assert.Equal("8192", reset.GetProperty("default_member_permissions").GetString());
        Assert.Equal(["channel", "me"], reset.GetProperty("options")[0].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.False(Generate(TestCommands.Catalog()).Single(c => c.GetProperty("name").GetString() == "help").TryGetProperty("default_member_permissions", out _));
    }

    [Fact]
    public void Guild_registration_leaves_out_the_global_only_fields()
    {
        var commands = Generate(TestCommands.Catalog(), guild: true);

        Assert.All(commands, c =>
        {
            Assert.False(c.TryGetProperty("integration_types", out _));
            Assert.False(c.TryGetProperty("contexts", out _));
        });
    }

    private static List<JsonElement> Generate(CommandCatalog catalog, bool guild = false) =>
        [.. JsonDocument.Parse(DiscordCommandManifest.Generate(catalog, guild)).RootElement.EnumerateArray()];

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex DiscordName();
}
