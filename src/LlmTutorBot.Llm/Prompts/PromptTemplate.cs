using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.Llm.Prompts;

/// <summary>
/// A prompt file: a system part and a user part, each with <c>{{placeholders}}</c>. Rendering fails for a placeholder
/// left unfilled or a value that no placeholder takes, so a renamed placeholder breaks a test, not an answer.
/// </summary>
public sealed partial class PromptTemplate
{
    public const string SystemHeading = "## System";
    public const string UserHeading = "## User";

    private PromptTemplate(string name, string system, string user, string version)
    {
        Name = name;
        System = system;
        User = user;
        Version = version;
        Placeholders = [.. PlaceholderPattern().Matches(system + "\n" + user).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The file name without extension, such as "faq-answer".</summary>
    public string Name { get; }

    public string System { get; }

    public string User { get; }

    /// <summary>A short hash of the text: cached answers are keyed by it, so editing a prompt invalidates them.</summary>
    public string Version { get; }

    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Reads a prompt file: optional notes, then "## System" and "## User" headings, each followed by its part.</summary>
    public static PromptTemplate Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var system = normalized.IndexOf($"\n{SystemHeading}\n", StringComparison.Ordinal);
        var user = normalized.IndexOf($"\n{UserHeading}\n", StringComparison.Ordinal);
        if (normalized.StartsWith($"{SystemHeading}\n", StringComparison.Ordinal))
        {
            normalized = "\n" + normalized;
            system = 0;
            user = normalized.IndexOf($"\n{UserHeading}\n", StringComparison.Ordinal);
        }

        if (system < 0 || user < 0 || user < system)
        {
            throw new PromptException($"The prompt {name} needs a '{SystemHeading}' line, then a '{UserHeading}' line.");
        }

        var systemPart = normalized[(system + SystemHeading.Length + 2)..user].Trim();
        var userPart = normalized[(user + UserHeading.Length + 2)..].Trim();
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..12];
        return new PromptTemplate(name, systemPart, userPart, version);
    }

    /// <summary>The system and user parts with every placeholder replaced by its value.</summary>
    public RenderedPrompt Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var missing = Placeholders.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptException($"The prompt {Name} needs a value for {string.Join(", ", missing.Select(m => "{{" + m + "}}"))}.");
        }

        var unused = values.Keys.Where(k => !Placeholders.Contains(k, StringComparer.Ordinal)).ToList();
        if (unused.Count > 0)
        {
            throw new PromptException($"The prompt {Name} has no placeholder for {string.Join(", ", unused)}.");
        }

        // One pass over the template, so a value that contains "{{x}}" is never expanded in turn.
        string Fill(string part) => PlaceholderPattern().Replace(part, m => values[m.Groups[1].Value]);
        return new RenderedPrompt(Fill(System), Fill(User));
    }

    [GeneratedRegex(@"\{\{([a-z][a-z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
