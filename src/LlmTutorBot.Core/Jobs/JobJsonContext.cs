using System.Text.Json.Serialization;

namespace LlmTutorBot.Core.Jobs;

/// <summary>The stored form of a queued job: camel-case JSON with enum names, generated at compile time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueuedJob))]
public sealed partial class JobJsonContext : JsonSerializerContext;
