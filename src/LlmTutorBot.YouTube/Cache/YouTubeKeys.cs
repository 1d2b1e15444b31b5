using LlmTutorBot.YouTube.Links;
using StackExchange.Redis;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>Every Redis key of the video features, under the state key prefix: "{prefix}yt:{kind}:{id}:{source}:{target}".</summary>
public sealed class YouTubeKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>A transcript of a video from the given source languages, in the target language ("orig" for none).</summary>
    public RedisKey Transcript(VideoId id, string sources, string? target) => $"{Prefix}yt:transcript:{id.Value}:{Clean(sources)}:{Clean(target ?? "orig")}";

    /// <summary>A recent failure to fetch that transcript (the negative cache), so the same broken link costs YouTube one request.</summary>
    public RedisKey Failure(VideoId id, string sources, string? target) => $"{Prefix}yt:fail:{id.Value}:{Clean(sources)}:{Clean(target ?? "orig")}";

    /// <summary>Held while one process fetches that transcript, so others wait for it instead of fetching too.</summary>
    public RedisKey FetchLock(VideoId id, string sources, string? target) => $"{Prefix}yt:lock:{id.Value}:{Clean(sources)}:{Clean(target ?? "orig")}";

    /// <summary>An LLM result ("summary", "translation") of a video's transcript (by fingerprint), in a language, by a model and prompt version.</summary>
    public RedisKey LlmResult(string job, string video, string fingerprint, string language, string model, string promptVersion) =>
        $"{Prefix}yt:llm:{Clean(job)}:{video}:{Clean(fingerprint)}:{Clean(language)}:{Clean(model)}:{Clean(promptVersion)}";

    /// <summary>A hash of result files (name → bytes, "name\n type" → content type) under an unguessable id.</summary>
    public RedisKey Files(string id) => $"{Prefix}yt:files:{id}";

    private static string Clean(string part) =>
        string.Concat(part.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ','));
}
