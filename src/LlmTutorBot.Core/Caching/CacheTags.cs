namespace LlmTutorBot.Core.Caching;

/// <summary>
/// The HybridCache tags the features share. A tag's invalidation time lives in the store beside the entries, so each
/// is under the deployment's key prefix (deployments sharing a server stay apart).
/// </summary>
public static class CacheTags
{
    /// <summary>Everything a model wrote (FAQ answers, video summaries and translations): drop it when the model misbehaved.</summary>
    public static string Model(string prefix, string model) => $"{prefix}llm:model:{model}";
}
