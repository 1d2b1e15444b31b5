using System.Text.Json.Serialization;
using LlmTutorBot.Cli;
using LlmTutorBot.Health;

namespace LlmTutorBot.Hosting;

/// <summary>Every JSON document the host writes, generated at compile time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(CliJsonReply))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
