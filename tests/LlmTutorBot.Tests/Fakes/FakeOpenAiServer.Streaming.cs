using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LlmTutorBot.Tests.Fakes;

internal sealed partial class FakeOpenAiServer
{
    private const string CompletionId = "chatcmpl-fake";
    private const long Created = 1_767_225_600;

    private static JsonObject Completion(FakeChatRequest request, FakeChatReply reply) => new()
    {
        ["id"] = CompletionId,
        ["object"] = "chat.completion",
        ["created"] = Created,
        ["model"] = request.Model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = string.Concat(reply.Chunks) },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = reply.OmitUsage ? null : Usage(reply),
    };

    /// <summary>One server-sent event per chunk, a finishing chunk, the usage chunk when asked, then [DONE].</summary>
    private static async Task StreamAsync(HttpContext context, FakeChatRequest request, FakeChatReply reply, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        for (var i = 0; i < reply.Chunks.Count; i++)
        {
            if (reply.BeforeChunk is { } gate)
            {
                await gate(i, cancellationToken);
            }

            var delta = new JsonObject { ["content"] = reply.Chunks[i] };
            if (i == 0)
            {
                delta["role"] = "assistant";
            }

            await WriteEventAsync(context, Chunk(request, delta, null), cancellationToken);
        }

        await WriteEventAsync(context, Chunk(request, new JsonObject(), "stop"), cancellationToken);
        if (request.IncludeUsage && !reply.OmitUsage)
        {
            var usage = Chunk(request, null, null);
            usage["choices"] = new JsonArray();
            usage["usage"] = Usage(reply);
            await WriteEventAsync(context, usage, cancellationToken);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static JsonObject Chunk(FakeChatRequest request, JsonObject? delta, string? finishReason) => new()
    {
        ["id"] = CompletionId,
        ["object"] = "chat.completion.chunk",
        ["created"] = Created,
        ["model"] = request.Model,
        ["choices"] = delta is null ? new JsonArray() : new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["finish_reason"] = finishReason,
        }),
    };

    private static JsonObject Usage(FakeChatReply reply) => new()
    {
        ["prompt_tokens"] = reply.InputTokens,
        ["completion_tokens"] = reply.OutputTokens,
        ["total_tokens"] = reply.InputTokens + reply.OutputTokens,
    };

    private static async Task WriteEventAsync(HttpContext context, JsonObject data, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync($"data: {data.ToJsonString()}\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
