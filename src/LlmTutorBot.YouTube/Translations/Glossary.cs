using System.Text;
using System.Text.RegularExpressions;

namespace LlmTutorBot.YouTube.Translations;

/// <summary>
/// The LLM terms a translation keeps consistent: the embedded list for the target language (Glossaries/{lang}.txt),
/// plus the terms the model reports deciding in earlier chunks. Each chunk's prompt carries the entries it uses.
/// </summary>
public sealed partial class Glossary
{
    private readonly Dictionary<string, string> _entries;

    private Glossary(Dictionary<string, string> entries) => _entries = entries;

    public int Count => _entries.Count;

    public IReadOnlyDictionary<string, string> Entries => _entries;

    /// <summary>The embedded glossary of a language ("zh-Hans" reads zh.txt); empty for a language with none.</summary>
    public static Glossary For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Split('-')[0].ToLowerInvariant();
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream($"LlmTutorBot.YouTube.Glossaries.{code}.txt");
        if (stream is not null)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            foreach (var line in reader.ReadToEnd().Split('\n'))
            {
                if (!line.StartsWith('#'))
                {
                    AddEntry(entries, line);
                }
            }
        }

        return new Glossary(entries);
    }

    /// <summary>Adds "term = translation; term = translation" as the model reported them, without overriding entries.</summary>
    public void AddDecided(string reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        foreach (var pair in reported.Split(';'))
        {
            AddEntry(_entries, pair);
        }
    }

    /// <summary>The entries whose term occurs in <paramref name="text"/>, as "term = translation; …" (empty when none).</summary>
    public string For(IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = text.SelectMany(t => Words().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToList();
        var words = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
        var joined = " " + string.Join(' ', all) + " ";
        var used = _entries.Where(e => e.Key.Contains(' ', StringComparison.Ordinal)
            ? joined.Contains(" " + e.Key.ToLowerInvariant() + " ", StringComparison.Ordinal)
            : words.Contains(e.Key));
        return string.Join("; ", used.Select(e => $"{e.Key} = {e.Value}"));
    }

    private static void AddEntry(Dictionary<string, string> entries, string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return;
        }

        var term = line[..equals].Trim();
        var translation = line[(equals + 1)..].Trim();
        if (term.Length is > 0 and <= 60 && translation.Length is > 0 and <= 80)
        {
            entries.TryAdd(term, translation);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-']*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
