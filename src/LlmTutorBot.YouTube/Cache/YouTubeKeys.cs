using LlmTutorBot.YouTube.Links;

namespace LlmTutorBot.YouTube.Cache;

/// <summary>
/// Every cache and store key of the video features, under the state key prefix: "{prefix}yt:{kind}:{id}:…". Cache
/// entries are under "yt:v2:": HybridCache keeps them as Redis hashes, where the earlier caches wrote strings under
/// "yt:{kind}:", so entries left by an earlier version are never read (Redis would refuse with WRONGTYPE) and expire.
/// </summary>
public sealed class YouTubeKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>A transcript of a video from the given source languages, in the target language ("orig" for none).</summary>
    public string Transcript(VideoId id, string sources, string? target) => $"{Prefix}yt:v2:transcript:{id.Value}:{Clean(sources)}:{Clean(target ?? "orig")}";

    /// <summary>A recent failure to fetch that transcript (the negative cache), so the same broken link costs YouTube one request.</summary>
    public string Failure(VideoId id, string sources, string? target) => $"{Prefix}yt:v2:fail:{id.Value}:{Clean(sources)}:{Clean(target ?? "orig")}";

    /// <summary>An LLM result ("summary", "translation") of a video's transcript (by fingerprint), in a language, by a model and prompt version.</summary>
    public string LlmResult(string job, string video, string fingerprint, string language, string model, string promptVersion) =>
        $"{Prefix}yt:v2:llm:{Clean(job)}:{video}:{Clean(fingerprint)}:{Clean(language)}:{Clean(model)}:{Clean(promptVersion)}";

    /// <summary>Result files (name → bytes, with their content types) under an unguessable id.</summary>
    public string Files(string id) => $"{Prefix}yt:files:{id}";

    /// <summary>The tag of every LLM result made with a prompt version.</summary>
    public string PromptTag(string promptVersion) => $"{Prefix}yt:prompt:{Clean(promptVersion)}";

    private static string Clean(string part) =>
        string.Concat(part.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ','));
}
