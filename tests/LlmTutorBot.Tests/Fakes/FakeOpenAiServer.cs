using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible server on loopback (Kestrel on 127.0.0.1:0) for tests: <c>POST /v1/chat/completions</c> (and
/// Azure's <c>/openai/deployments/{d}/chat/completions</c>) and <c>/v1/embeddings</c>. It records every request,
/// answers from a script (queued replies first, then <see cref="Responder"/>), streams server-sent events when asked
/// (usage in the last chunk when <c>stream_options.include_usage</c>), lists <see cref="Models"/> at <c>GET /v1/models</c>, and fails on demand: an HTTP status with an
/// optional Retry-After, or a hang until the client gives up.
/// </summary>
internal sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<FakeChatReply> _script = new();
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private readonly ConcurrentQueue<FakeEmbeddingRequest> _embeddingRequests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>"http://127.0.0.1:port", without a path.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The base URL an OpenAI client takes: <see cref="BaseUrl"/> + "/v1".</summary>
    public string Endpoint => BaseUrl + "/v1";

    /// <summary>Answers a request when the script is empty; by default "OK".</summary>
    public Func<FakeChatRequest, FakeChatReply> Responder { get; set; } = _ => FakeChatReply.Text("OK");

    /// <summary>The vector for one embedding input; by default a small bag-of-letters vector.</summary>
    public Func<string, float[]> Embed { get; set; } = LetterVector;

    /// <summary>What GET /v1/models lists.</summary>
    public List<string> Models { get; } = ["fake-model"];

    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    public IReadOnlyList<FakeEmbeddingRequest> EmbeddingRequests => [.. _embeddingRequests];

    /// <summary>Signalled each time a request arrives (released once per request), for tests that wait on one.</summary>
    public SemaphoreSlim RequestArrived { get; } = new(0);

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        var fake = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", (Func<HttpContext, Task>)fake.ChatAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (Func<HttpContext, Task>)fake.ChatAsync);
        app.MapPost("/v1/embeddings", (Func<HttpContext, Task>)fake.EmbeddingsAsync);
        app.MapGet("/v1/models", () => Results.Text(
            new JsonObject { ["object"] = "list", ["data"] = new JsonArray([.. fake.Models.Select(m => (JsonNode)new JsonObject { ["id"] = m, ["object"] = "model" })]) }.ToJsonString(),
            "application/json"));
        app.MapPost("/openai/deployments/{deployment}/embeddings", (Func<HttpContext, Task>)fake.EmbeddingsAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>Queues replies, used one per request in order before <see cref="Responder"/>.</summary>
    public void Enqueue(params FakeChatReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
        RequestArrived.Dispose();
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = FakeChatRequest.From(context, body.RootElement);
        _requests.Enqueue(request);
        RequestArrived.Release();
        var reply = _script.TryDequeue(out var scripted) ? scripted : Responder(request);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        switch (reply.Kind)
        {
            case FakeReplyKind.Hang:
                // Until the client gives up (its timeout) or the server stops.
                try
                {
                    await Task.Delay(Timeout.Infinite, aborted.Token);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case FakeReplyKind.Fail:
                context.Response.StatusCode = reply.Status;
                if (reply.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                await context.Response.WriteAsJsonAsync(ErrorBody(reply.Status), aborted.Token);
                return;
            default:
                if (request.Stream)
                {
                    await StreamAsync(context, request, reply, aborted.Token);
                }
                else
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync(Completion(request, reply).ToJsonString(), aborted.Token);
                }

                return;
        }
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = body.RootElement;
        var input = root.GetProperty("input");
        List<string> inputs = input.ValueKind == JsonValueKind.Array ? [.. input.EnumerateArray().Select(e => e.GetString() ?? "")] : [input.GetString() ?? ""];
        _embeddingRequests.Enqueue(new FakeEmbeddingRequest(root.TryGetProperty("model", out var model) ? model.GetString() ?? "" : "", inputs));
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            data.Add(new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = new JsonArray([.. Embed(inputs[i]).Select(v => (JsonNode)JsonValue.Create(v))]),
            });
        }

        var tokens = inputs.Sum(s => s.Length / 4 + 1);
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = root.TryGetProperty("model", out var m) ? m.GetString() : "fake",
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
    }

    private static JsonObject ErrorBody(int status) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = string.Create(CultureInfo.InvariantCulture, $"Scripted failure {status}"),
            ["type"] = status == 429 ? "rate_limit_exceeded" : "server_error",
            ["code"] = null,
        },
    };

    private static float[] LetterVector(string text)
    {
        var vector = new float[26];
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                vector[c - 'a']++;
            }
        }

        return vector;
    }
}
