using System.Diagnostics;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>
/// The bot's spans: one per turn with children for the state load, the handler and the save; features (YouTube fetches,
/// LLM calls) start theirs from the same source. Exported by OpenTelemetry when a collector is configured.
/// </summary>
public static class BotTracing
{
    public const string SourceName = "LlmTutorBot";

    public static ActivitySource Source { get; } = new(SourceName);
}
