using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>A group of entries, named in each language (the source's own name in its language).</summary>
public sealed record KnowledgeCategory(string Id, IReadOnlyDictionary<BotLanguage, string> Names)
{
    public string Name(BotLanguage language) =>
        Names.TryGetValue(language, out var name) ? name : Names.Values.First();
}
