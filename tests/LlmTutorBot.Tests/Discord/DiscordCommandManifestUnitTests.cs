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
    public void Every_catalog_command_becomes_a_chat_input_command_usable_in_guilds_and_dms()
    {
        var commands = Generate(TestCommands.Catalog());

        Assert.Equal(TestCommands.Catalog().Commands.Select(c => c.Name), commands.Select(c => c.GetProperty("name").GetString()));
        Assert.All(commands, c =>
        {
            Assert.Equal(1, c.GetProperty("type").GetInt32());
            Assert.Equal([0, 1], c.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
            Assert.Equal([0], c.GetProperty("integration_types").EnumerateArray().Select(e => e.GetInt32()));
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
        var translate = Generate(new CommandCatalog([Translate])).Single();
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

    private static List<JsonElement> Generate(CommandCatalog catalog) =>
        [.. JsonDocument.Parse(DiscordCommandManifest.Generate(catalog)).RootElement.EnumerateArray()];

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex DiscordName();
}
