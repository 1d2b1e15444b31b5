using System.Collections.Frozen;
using System.Reflection;

namespace LlmTutorBot.Llm.Prompts;

/// <summary>
/// The prompt files embedded in this assembly (<c>Prompts/*.md</c>), parsed once. Features ask for theirs by name;
/// a missing file is a <see cref="PromptException"/> at first use, and the prompt tests render every file.
/// </summary>
public static class PromptLibrary
{
    private const string ResourcePrefix = "Prompts/";

    private static readonly Lazy<FrozenDictionary<string, PromptTemplate>> Templates = new(Load);

    public static IReadOnlyCollection<PromptTemplate> All => Templates.Value.Values;

    public static PromptTemplate Get(string name) =>
        Templates.Value.TryGetValue(name, out var template)
            ? template
            : throw new PromptException($"No prompt file Prompts/{name}.md is embedded in LlmTutorBot.Llm.");

    private static FrozenDictionary<string, PromptTemplate> Load()
    {
        var assembly = typeof(PromptLibrary).Assembly;
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..^".md".Length];
            templates[name] = PromptTemplate.Parse(name, Read(assembly, resource));
        }

        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new PromptException($"The embedded prompt {resource} cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
