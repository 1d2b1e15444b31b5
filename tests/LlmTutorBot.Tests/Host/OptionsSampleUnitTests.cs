using System.Reflection;
using System.Text.Json;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Discord;
using LlmTutorBot.Redis.Embedded;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Configuration;

namespace LlmTutorBot.Tests.Host;

/// <summary>appsettings.sample.json lists every option of every options class, with its default value, and nothing else.</summary>
public sealed class OptionsSampleUnitTests
{
    // Keys the sample documents that belong to no options class of ours.
    private static readonly string[] ForeignKeys =
    [
        "ConnectionStrings:Redis",
        "Logging:LogLevel:Default",
        "Logging:LogLevel:Microsoft.AspNetCore",

        // The Bot Framework's top-level keys (BotFrameworkCredentials), checked by The_bot_framework_credentials_are_in_the_sample.
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "MicrosoftAppType",
    ];

    private static readonly IConfigurationRoot Sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.sample.json"), optional: false)
        .Build();

    public static TheoryData<Type> OptionsTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in OptionsClasses())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_options_classes_are_found()
    {
        Assert.Contains(typeof(BotOptions), OptionsClasses());
        Assert.Contains(typeof(EmbeddedRedisOptions), OptionsClasses());
        Assert.Contains(typeof(DiscordOptions), OptionsClasses());
        Assert.True(OptionsClasses().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_option_appears_in_the_sample_with_its_default_value(Type optionsType)
    {
        var section = SectionName(optionsType);
        var defaults = Activator.CreateInstance(optionsType)!;
        var fromSample = Activator.CreateInstance(optionsType)!;
        Sample.GetSection(section).Bind(fromSample);

        foreach (var property in SettableProperties(optionsType))
        {
            Assert.True(Sample.GetSection($"{section}:{property.Name}").Exists(), $"appsettings.sample.json lacks {section}:{property.Name}");
            if (ListDefault(optionsType, property) is { } builtIn)
            {
                // A list setting (YouTube:Clients) defaults to its built-in list; the sample spells that list out.
                var listed = ((System.Collections.IEnumerable)property.GetValue(fromSample)!).Cast<object>();
                Assert.True(builtIn.Cast<object>().SequenceEqual(listed), $"{section}:{property.Name} in the sample differs from the built-in list (Default{property.Name})");
                continue;
            }

            var expected = Normalize(property.GetValue(defaults));
            var actual = Normalize(property.GetValue(fromSample));
            Assert.True(Equals(expected, actual), $"{section}:{property.Name} is {actual ?? "empty"} in the sample but defaults to {expected ?? "empty"}");
        }
    }

    [Fact]
    public void The_sample_has_no_key_that_no_option_reads()
    {
        var known = OptionsClasses()
            .SelectMany(t => SettableProperties(t).Select(p => $"{SectionName(t)}:{p.Name}"))
            .Concat(ForeignKeys)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lists = OptionsClasses()
            .SelectMany(t => SettableProperties(t).Where(p => ListDefault(t, p) is not null).Select(p => (Prefix: $"{SectionName(t)}:{p.Name}:", Element: p.PropertyType.GetGenericArguments()[0])))
            .ToList();

        var leaves = Sample.AsEnumerable().Where(pair => pair.Value is not null).Select(pair => pair.Key)
            .Where(key => !lists.Any(l => key.StartsWith(l.Prefix, StringComparison.OrdinalIgnoreCase) && SettableProperties(l.Element).Any(p => key.EndsWith(":" + p.Name, StringComparison.OrdinalIgnoreCase))));

        Assert.All(leaves, key => Assert.True(known.Contains(key), $"appsettings.sample.json has {key}, which no option reads"));
    }

    [Fact]
    public void The_bot_framework_credentials_are_in_the_sample_with_their_defaults()
    {
        var defaults = new BotFrameworkCredentials();
        var fromSample = new BotFrameworkCredentials();
        Sample.Bind(fromSample);

        Assert.All(BotFrameworkCredentials.Keys, key => Assert.True(Sample.GetSection(key).Exists(), $"appsettings.sample.json lacks {key}"));
        Assert.Equal(defaults.MicrosoftAppType, fromSample.MicrosoftAppType);
        Assert.False(fromSample.IsConfigured);
        Assert.Equal(BotFrameworkCredentials.Keys.Order(), typeof(BotFrameworkCredentials).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order());
    }

    [Fact]
    public void The_sample_is_valid_json_with_comments()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.sample.json"));
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Contains("//", text, StringComparison.Ordinal);
    }

    /// <summary>Options classes are the public types of our assemblies (every LlmTutorBot*.dll shipped with the host) with a SectionName constant.</summary>
    internal static List<Type> OptionsClasses() =>
    [
        .. Directory.EnumerateFiles(AppContext.BaseDirectory, "LlmTutorBot*.dll")
            .Where(path => !Path.GetFileName(path).StartsWith("LlmTutorBot.Tests", StringComparison.Ordinal))
            .Select(path => Assembly.LoadFrom(path))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    internal static string SectionName(Type type) => (string)type.GetField("SectionName")!.GetRawConstantValue()!;

    internal static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic);

    // A list option whose default is null stands for the built-in list its options type exposes as Default{Name}.
    private static System.Collections.IEnumerable? ListDefault(Type optionsType, PropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
            ? optionsType.GetProperty("Default" + property.Name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as System.Collections.IEnumerable
            : null;

    // An empty string in the sample stands for a null default; a list compares by its items.
    private static object? Normalize(object? value) => value switch
    {
        string { Length: 0 } => null,
        string text => text,
        System.Collections.IEnumerable items => string.Join("\n", items.Cast<object?>()),
        _ => value,
    };
}
