using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Prompts;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>The video prompt files (summary-*, translation-*, video-*) of the Llm project's library, as requests.</summary>
internal static class VideoPrompt
{
    /// <summary>The prompts' versions together: a result cached under other prompts is not reused.</summary>
    public static string Version(params string[] names) => string.Concat(names.Select(n => PromptLibrary.Get(n).Version[..6]));

    public static LlmRequest Request(string name, string operation, int maxOutputTokens, IReadOnlyDictionary<string, string> values)
    {
        var prompt = PromptLibrary.Get(name).Render(values);
        return new LlmRequest(operation, prompt.System, prompt.User, maxOutputTokens);
    }
}
