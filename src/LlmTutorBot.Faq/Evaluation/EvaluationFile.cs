using System.Text.Json.Serialization;

namespace LlmTutorBot.Faq.Evaluation;

/// <summary>The evaluation set's file format ("llmtutorbot-faq-eval/1").</summary>
internal sealed record EvaluationFile(string? Format, IReadOnlyList<EvaluationCase> Cases);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EvaluationFile))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
