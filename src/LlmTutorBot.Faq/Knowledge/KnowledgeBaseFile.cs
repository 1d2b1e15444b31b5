using System.Text.Json.Serialization;

namespace LlmTutorBot.Faq.Knowledge;

/// <summary>
/// The documented file format ("llmtutorbot-knowledge-base/1"), as read from JSON. The loader checks it and turns
/// it into <see cref="KnowledgeEntry"/> values; see docs/faq.md ("The knowledge base").
/// </summary>
internal sealed record KnowledgeBaseFile(
    string? Format,
    string? Source,
    IReadOnlyList<CategoryRecord>? Categories,
    IReadOnlyList<EntryRecord>? Entries);

internal sealed record CategoryRecord(string? Id, IReadOnlyDictionary<string, string>? Names);

internal sealed record EntryRecord(
    string? Id,
    string? Kind,
    string? Language,
    string? Category,
    string? Title,
    string? Answer,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Alternatives,
    PositionRecord? Position,
    IReadOnlyDictionary<string, TranslationRecord?>? Translations = null,
    MomentRecord? Moment = null,
    IReadOnlyDictionary<string, string?>? TeamNote = null);

internal sealed record PositionRecord(int FirstLine, int LastLine);

internal sealed record TranslationRecord(string? Title, string? Answer);

internal sealed record MomentRecord(string? VideoId, int? Seconds);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(KnowledgeBaseFile))]
internal sealed partial class KnowledgeBaseJsonContext : JsonSerializerContext;
