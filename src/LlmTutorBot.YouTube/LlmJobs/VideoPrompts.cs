using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LlmTutorBot.Llm.Chat;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>
/// Renders the video prompts (embedded in LlmTutorBot.Llm, "# System" then "# User", {{placeholders}}) and puts
/// outside text between delimiters it cannot close. Interim: the Llm project's renderer replaces it when merged.
/// </summary>
public static class VideoPrompts
{
    private static readonly ConcurrentDictionary<string, (string System, string User)> Templates = new(StringComparer.Ordinal);

    /// <summary>A short hash of the prompts' text: cached results made with other prompts are not reused.</summary>
    public static string Version(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var text = string.Join('\u0001', names.Select(n => Load(n)).Select(t => t.System + '\u0002' + t.User));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
    }

    public static LlmRequest Render(string name, string operation, int maxOutputTokens, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (system, user) = Load(name);
        return new LlmRequest(operation, Fill(system, values), Fill(user, values), maxOutputTokens);
    }

    /// <summary>
    /// Text as data: between &lt;tag&gt; and &lt;/tag&gt;, with any look-alike of either delimiter inside it
    /// defused (angle brackets made typographic), so the data cannot end its block and pass as instructions.
    /// </summary>
    public static string Delimit(string tag, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"<{tag}>\n{Neutralize(tag, text)}\n</{tag}>";
    }

    internal static string Neutralize(string tag, string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, open - i);
            var after = open + 1 < text.Length && text[open + 1] == '/' ? open + 2 : open + 1;
            var spaced = after;
            while (spaced < text.Length && text[spaced] == ' ')
            {
                spaced++;
            }

            var isTag = string.Compare(text, spaced, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0;
            builder.Append(isTag ? '‹' : '<');
            i = open + 1;
        }

        return builder.ToString();
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = template;
        foreach (var (key, value) in values)
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static (string System, string User) Load(string name) => Templates.GetOrAdd(name, static n =>
    {
        using var stream = typeof(ILlmClient).Assembly.GetManifestResourceStream($"LlmTutorBot.Llm.Prompts.{n}.md")
            ?? throw new InvalidOperationException($"The prompt {n}.md is not embedded in LlmTutorBot.Llm.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var system = text.IndexOf("# System\n", StringComparison.Ordinal);
        var user = text.IndexOf("\n# User\n", StringComparison.Ordinal);
        if (system < 0 || user < system)
        {
            throw new InvalidOperationException($"The prompt {n}.md needs a '# System' part, then a '# User' part.");
        }

        return (text[(system + 9)..user].Trim(), text[(user + 8)..].Trim());
    });
}
