using System.Text.Json.Serialization;

namespace LlmTutorBot.WebChat.Wire;

/// <summary>The Direct Line documents the web chat reads and writes, generated at compile time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DirectLineActivity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(DirectLineError))]
public sealed partial class WebChatJsonContext : JsonSerializerContext;
