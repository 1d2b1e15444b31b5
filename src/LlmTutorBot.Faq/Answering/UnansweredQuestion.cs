using System.Text.Json.Serialization;

namespace LlmTutorBot.Faq.Answering;

/// <summary>A question the FAQ declined or was unsure about, kept for curators (see the CLI's "faq unanswered").</summary>
public sealed record UnansweredQuestion(DateTimeOffset At, string Platform, string Language, string Verdict, string Question, string? BestEntry);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UnansweredQuestion))]
internal sealed partial class FaqJsonContext : JsonSerializerContext;
