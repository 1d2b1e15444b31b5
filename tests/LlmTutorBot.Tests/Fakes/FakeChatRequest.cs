using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>One chat-completion request as <see cref="FakeOpenAiServer"/> received it.</summary>
internal sealed record FakeChatRequest(
    string Path,
    string Model,
    IReadOnlyList<FakeChatMessage> Messages,
    int? MaxTokens,
    double? Temperature,
    bool Stream,
    bool IncludeUsage,
    string Authorization,
    string Body)
{
    public string System => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    public static FakeChatRequest From(HttpContext context, JsonElement root)
    {
        var messages = root.TryGetProperty("messages", out var list)
            ? list.EnumerateArray().Select(m => new FakeChatMessage(m.GetProperty("role").GetString() ?? "", Content(m))).ToList()
            : [];
        int? maxTokens = root.TryGetProperty("max_completion_tokens", out var max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32()
            : root.TryGetProperty("max_tokens", out var legacy) && legacy.ValueKind == JsonValueKind.Number ? legacy.GetInt32()
            : null;
        return new FakeChatRequest(
            context.Request.Path,
            root.TryGetProperty("model", out var model) ? model.GetString() ?? "" : "",
            messages,
            maxTokens,
            root.TryGetProperty("temperature", out var temperature) && temperature.ValueKind == JsonValueKind.Number ? temperature.GetDouble() : null,
            root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True,
            root.TryGetProperty("stream_options", out var options) && options.TryGetProperty("include_usage", out var usage) && usage.ValueKind == JsonValueKind.True,
            context.Request.Headers.Authorization.ToString(),
            root.GetRawText());
    }

    // Content is a string, or an array of parts of which the text ones count.
    private static string Content(JsonElement message) =>
        !message.TryGetProperty("content", out var content) ? ""
        : content.ValueKind == JsonValueKind.String ? content.GetString() ?? ""
        : content.ValueKind == JsonValueKind.Array ? string.Concat(content.EnumerateArray().Where(p => p.TryGetProperty("text", out _)).Select(p => p.GetProperty("text").GetString()))
        : "";
}
