using System.Collections.Frozen;

namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// The case of each word as the transcript spells it where it is not lower-cased: "GPT" in capitals anywhere makes every
/// "gpt" GPT (and "gpts" GPTs), "Google" capitalized more often than not makes "google" Google; a few acronyms of the
/// field are known (AI, LLM, RLHF). Automatic captions are lower case except for such names.
/// </summary>
internal sealed class TrueCase
{
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["i"] = "I",
        ["i'm"] = "I'm",
        ["i've"] = "I've",
        ["i'll"] = "I'll",
        ["i'd"] = "I'd",
        ["ai"] = "AI",
        ["llm"] = "LLM",
        ["llms"] = "LLMs",
        ["gpt"] = "GPT",
        ["gpts"] = "GPTs",
        ["gpu"] = "GPU",
        ["gpus"] = "GPUs",
        ["cpu"] = "CPU",
        ["rag"] = "RAG",
        ["rlhf"] = "RLHF",
        ["nlp"] = "NLP",
        ["api"] = "API",
        ["apis"] = "APIs",
        ["bert"] = "BERT",
        ["rnn"] = "RNN",
        ["rnns"] = "RNNs",
        ["sft"] = "SFT",
        ["html"] = "HTML",
        ["url"] = "URL",
        ["chatgpt"] = "ChatGPT",
        ["youtube"] = "YouTube",
        ["openai"] = "OpenAI",
        ["google"] = "Google",
        ["microsoft"] = "Microsoft",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _forms;

    private TrueCase(Dictionary<string, string> forms) => _forms = forms;

    public static TrueCase Learn(IEnumerable<string> words)
    {
        var cased = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var core = Core(word);
            if (core.Length < 2 || !char.IsLetter(core[0]))
            {
                continue;
            }

            var key = core.ToLowerInvariant();
            if (string.Equals(key, core, StringComparison.Ordinal))
            {
                lower[key] = lower.GetValueOrDefault(key) + 1;
            }
            else
            {
                var forms = cased.TryGetValue(key, out var f) ? f : cased[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[core] = forms.GetValueOrDefault(core) + 1;
            }
        }

        var chosen = new Dictionary<string, string>(Known, StringComparer.Ordinal);
        foreach (var (key, forms) in cased)
        {
            if (chosen.ContainsKey(key) || Terms.IsStopWord(key))
            {
                continue;
            }

            var capitals = forms.Where(f => f.Key.Length <= 6 && f.Key.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                .OrderByDescending(f => f.Value).Select(f => f.Key).FirstOrDefault();
            if (capitals is not null)
            {
                chosen[key] = capitals;
            }
            else if (forms.Values.Sum() >= lower.GetValueOrDefault(key))
            {
                chosen[key] = forms.MaxBy(f => f.Value).Key;
            }
        }

        // "gpts" after "GPT": the plural of a word spelled in capitals.
        foreach (var key in lower.Keys.Where(k => k.Length > 2 && k[^1] == 's' && !chosen.ContainsKey(k)))
        {
            if (chosen.TryGetValue(key[..^1], out var singular) && singular.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                chosen[key] = singular + "s";
            }
        }

        return new TrueCase(chosen);
    }

    /// <summary>The word in its learned case; a word the transcript mostly writes in lower case, in lower case.</summary>
    public string Apply(string word)
    {
        var core = Core(word);
        if (core.Length == 0)
        {
            return word;
        }

        var key = core.ToLowerInvariant();
        var form = _forms.GetValueOrDefault(key, key);
        return string.Equals(form, core, StringComparison.Ordinal) ? word : word.Replace(core, form, StringComparison.Ordinal);
    }

    public static string Capitalize(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return char.IsUpper(word[i]) ? word : string.Concat(word.AsSpan(0, i), char.ToUpperInvariant(word[i]).ToString(), word.AsSpan(i + 1));
            }

            if (char.IsDigit(word[i]))
            {
                return word;
            }
        }

        return word;
    }

    private static string Core(string word) => word.Trim('.', ',', '!', '?', ';', ':', '"', '(', ')', '[', ']', '“', '”', '‘', '’', '…');
}
