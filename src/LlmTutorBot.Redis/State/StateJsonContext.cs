using System.Text.Json.Serialization;
using LlmTutorBot.Core.State;

namespace LlmTutorBot.Redis.State;

/// <summary>The stored form of turns: camel-case JSON with enum names, generated at compile time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationTurn))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
