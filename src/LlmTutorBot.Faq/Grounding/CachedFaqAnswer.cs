using System.Text.Json.Serialization;

namespace LlmTutorBot.Faq.Grounding;

/// <summary>A model's answer kept in Redis: its raw text (citations included), rebuilt into a reply on a hit.</summary>
public sealed record CachedFaqAnswer(string Text, string Model);

[JsonSerializable(typeof(CachedFaqAnswer))]
internal sealed partial class GroundingJsonContext : JsonSerializerContext;
