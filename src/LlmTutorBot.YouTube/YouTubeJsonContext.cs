using System.Text.Json.Serialization;
using LlmTutorBot.YouTube.Bundled;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube;

/// <summary>Every JSON shape this project reads or writes, serialized through source generation.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = false, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlayerResponseJson))]
[JsonSerializable(typeof(LlmTutorBot.YouTube.Client.PlayerRequestJson))]
[JsonSerializable(typeof(Json3Body))]
[JsonSerializable(typeof(CachedTranscript))]
[JsonSerializable(typeof(CachedFailure))]
[JsonSerializable(typeof(BundledVideoJson))]
[JsonSerializable(typeof(BundledSentencesJson))]
[JsonSerializable(typeof(LlmTutorBot.YouTube.Summaries.VideoSummary))]
[JsonSerializable(typeof(LlmTutorBot.YouTube.Summaries.SummaryJson))]
internal sealed partial class YouTubeJsonContext : JsonSerializerContext;
