using LlmTutorBot.Teams.Hosting;
using LlmTutorBot.Tests.Host;
using LlmTutorBot.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace LlmTutorBot.Tests.Deploy;

/// <summary>The files under deploy/, read from the checkout, and the settings the app really reads.</summary>
internal static class DeployFiles
{
    /// <summary>Settings of the framework, not of our options classes, that the deploy files may set.</summary>
    private static readonly string[] FrameworkKeys =
    [
        "ASPNETCORE_HTTP_PORTS",
        "Logging:Console:FormatterName",
        "Logging:Console:FormatterOptions:IncludeScopes",
        "ConnectionStrings:Redis",
    ];

    public static string Root => Checkout.Root;

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Read(params string[] path) => File.ReadAllText(Path.Combine([Deploy, .. path]));

    /// <summary>Every YAML document of a file, as dictionaries, lists and strings.</summary>
    public static List<object?> Documents(params string[] path)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(Read(path)));
        parser.Consume<StreamStart>();
        var documents = new List<object?>();
        while (parser.Accept<DocumentStart>(out _))
        {
            documents.Add(deserializer.Deserialize<object?>(parser));
        }

        return documents;
    }

    /// <summary>The value at a path of keys in a parsed document; null when any step is missing.</summary>
    public static object? At(object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<object, object?> map, string key) => map.GetValueOrDefault(key),
                (List<object?> list, int index) when index < list.Count => list[index],
                _ => null,
            };
        }

        return node;
    }

    public static string? Text(object? node, params object[] path) => At(node, path) as string;

    public static IEnumerable<object?> Items(object? node, params object[] path) => At(node, path) as List<object?> ?? [];

    public static IEnumerable<KeyValuePair<object, object?>> Entries(object? node, params object[] path) =>
        At(node, path) as Dictionary<object, object?> ?? [];

    /// <summary>Every setting the app reads, as "Section:Key": the options classes, the Bot Framework's keys, the framework's.</summary>
    public static HashSet<string> KnownSettings() =>
    [
        .. OptionsSampleUnitTests.OptionsClasses().SelectMany(t => OptionsSampleUnitTests.SettableProperties(t).Select(p => $"{OptionsSampleUnitTests.SectionName(t)}:{p.Name}")),
        .. BotFrameworkCredentials.Keys,
        .. FrameworkKeys,
    ];

    /// <summary>An environment variable's setting: "Discord__BotToken" is "Discord:BotToken".</summary>
    public static string SettingOf(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);
}
