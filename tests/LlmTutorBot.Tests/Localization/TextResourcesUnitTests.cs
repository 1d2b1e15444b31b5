using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Tests.Infrastructure;

namespace LlmTutorBot.Tests.Localization;

/// <summary>
/// Every sentence the bot says is a resource in every language: the files beside each text class have the same keys
/// and the same placeholders, and every <see cref="LocalizedText"/> the features declare resolves in each language.
/// </summary>
public sealed partial class TextResourcesUnitTests
{
    private static readonly string[] BotAssemblies =
        ["LlmTutorBot.Core", "LlmTutorBot.Faq", "LlmTutorBot.YouTube", "LlmTutorBot.Llm", "LlmTutorBot.Teams", "LlmTutorBot.Discord", "LlmTutorBot.WebChat", "LlmTutorBot.Redis", "LlmTutorBot"];

    public static TheoryData<string> NeutralResourceFiles() =>
        [.. Directory.GetFiles(Checkout.PathOf("src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !IsCultureFile(f) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Checkout.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Each_language_file_has_the_same_keys_and_placeholders_as_the_english_one(string neutralFile)
    {
        var english = Read(Checkout.PathOf(neutralFile.Split('/')));
        var problems = new List<string>();

        foreach (var language in BotLanguages.All.Where(l => l != BotLanguage.En))
        {
            var path = Checkout.PathOf(neutralFile.Split('/'))[..^".resx".Length] + $".{language.Code()}.resx";
            if (!File.Exists(path))
            {
                problems.Add($"{language.Code()}: no file {Path.GetFileName(path)}");
                continue;
            }

            var translated = Read(path);
            problems.AddRange(english.Keys.Except(translated.Keys).Select(k => $"{language.Code()}: '{k}' is missing"));
            problems.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{language.Code()}: '{k}' is not in the English file"));
            foreach (var key in english.Keys.Intersect(translated.Keys))
            {
                if (!Placeholders(english[key]).SetEquals(Placeholders(translated[key])))
                {
                    problems.Add($"{language.Code()}: '{key}' has placeholders {{{string.Join(", ", Placeholders(translated[key]))}}}, English has {{{string.Join(", ", Placeholders(english[key]))}}}");
                }

                if (string.IsNullOrWhiteSpace(translated[key]))
                {
                    problems.Add($"{language.Code()}: '{key}' is empty");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{neutralFile}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_declared_text_resolves_in_every_language()
    {
        var texts = BotAssemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(LocalizedText))
            .Select(f => (Field: $"{f.DeclaringType!.Name}.{f.Name}", Text: (LocalizedText)f.GetValue(null)!))
            .ToList();
        var unresolved = new List<string>();

        foreach (var (field, text) in texts)
        {
            foreach (var language in BotLanguages.All)
            {
                try
                {
                    _ = text[language];
                }
                catch (Exception e) when (e is System.Resources.MissingManifestResourceException or System.Resources.MissingSatelliteAssemblyException)
                {
                    unresolved.Add($"{field} ({language.Code()}): {e.Message}");
                }
            }
        }

        Assert.True(texts.Count > 100, $"Only {texts.Count} texts found: the reflection no longer sees the text classes.");
        Assert.True(unresolved.Count == 0, string.Join('\n', unresolved));
    }

    [Fact]
    public void A_text_is_read_in_the_language_asked_not_the_threads_culture()
    {
        Assert.Equal("Here is what I can do", BotText.HelpTitle[BotLanguage.En]);
        Assert.Equal("Voici ce que je sais faire", BotText.HelpTitle[BotLanguage.Fr]);
        Assert.Equal("我可以做这些事", BotText.HelpTitle[BotLanguage.Zh]);
    }

    [Fact]
    public void Placeholders_are_compared_by_index_and_format()
    {
        Assert.True(Placeholders("{0:N0} of {1}").SetEquals(Placeholders("{1} sur {0:N0}")));
        Assert.False(Placeholders("{0:N0} of {1}").SetEquals(Placeholders("{0} sur {1}")));
        Assert.Empty(Placeholders("{{literal}} braces"));
    }

    private static bool IsCultureFile(string path) => CultureSuffix().IsMatch(Path.GetFileName(path));

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal)).Select(m => m.Value)];

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Za-z]+)?\.resx$")]
    private static partial Regex CultureSuffix();

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
