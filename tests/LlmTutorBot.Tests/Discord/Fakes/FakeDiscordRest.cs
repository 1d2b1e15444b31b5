using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Discord.Fakes;

/// <summary>A request the fake REST server received: route, headers, JSON (payload_json for multipart) and files.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? Json,
    IReadOnlyList<(string Name, string FileName, byte[] Content)> Files,
    DateTimeOffset At)
{
    public JsonElement Body => JsonDocument.Parse(Json ?? "null").RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A failure the fake gives instead of its answer: before doing anything, or after doing what was asked (a proxy
/// that timed out while Discord went on), as a 502 from Discord's edge can be either.
/// </summary>
internal sealed record FakeFault(int Status, bool AfterApplying);

/// <summary>What the fake answers: a status, a JSON body and headers, after an optional delay (a slow Discord).</summary>
internal sealed record FakeAnswer(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public TimeSpan Delay { get; init; }
}

/// <summary>
/// Discord's REST API on a loopback port: records every request and answers like Discord (messages, threads,
/// webhooks, callbacks, /gateway/bot, command registration), unless <see cref="Responder"/> answers first,
/// as a test's 429s do.
/// </summary>
internal sealed partial class FakeDiscordRest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Lock _waitersLock = new();
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private readonly ConcurrentDictionary<string, string> _messageOfNonce = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _applied = new();
    private long _nextId = 900_000_000_000_000_000;

    private FakeDiscordRest(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Answers before the default behaviour when it returns non-null.</summary>
    public Func<RecordedRequest, FakeAnswer?>? Responder { get; set; }

    /// <summary>A failure to give instead of the answer, when it returns non-null (before <see cref="Responder"/>).</summary>
    public Func<RecordedRequest, FakeFault?>? Faults { get; set; }

    /// <summary>How long to wait before giving an answer (Discord's own or the responder's): a slow Discord.</summary>
    public Func<RecordedRequest, TimeSpan>? Slowness { get; set; }

    /// <summary>What GET /gateway/bot answers.</summary>
    public string GatewayBotJson { get; set; } = """{"url":"wss://gateway.invalid","shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}""";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>
    /// The requests that did what they asked, whatever was answered: not those failed before applying, not a POST
    /// whose enforced nonce was seen before, not a second callback to one interaction.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Applied => [.. _applied];

    /// <summary>Messages created in channels (a POST whose enforced nonce was seen before creates none).</summary>
    public int MessagesCreated => _messagesCreated;

    private int _messagesCreated;

    public static async Task<FakeDiscordRest> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscordRest(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/api/v10");
        return fake;
    }

    /// <summary>The first request (already received or still to come) that matches; fails after <paramref name="seconds"/>.</summary>
    internal async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, int seconds, CancellationToken cancellationToken)
    {
        TaskCompletionSource<RecordedRequest> done;
        lock (_waitersLock)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return existing;
            }

            done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
        }

        return await done.Task.WaitAsync(TimeSpan.FromSeconds(seconds), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!.Replace("/api/v10", "", StringComparison.Ordinal);
        string? json = null;
        var files = new List<(string, string, byte[])>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            json = form["payload_json"].ToString();
            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                files.Add((file.Name, file.FileName, stream.ToArray()));
            }
        }
        else if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            json = await reader.ReadToEndAsync();
        }

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, path, headers, json, files, DateTimeOffset.UtcNow);
        var fault = Faults?.Invoke(recorded);
        var answer = fault is { AfterApplying: false } ? Failure(fault.Status) : Responder?.Invoke(recorded) ?? Default(recorded);
        if (fault is { AfterApplying: true })
        {
            answer = Failure(fault.Status) with { Delay = answer.Delay };
        }

        var delay = answer.Delay + (Slowness?.Invoke(recorded) ?? TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting: as on Discord, what the request did stands.
            }
        }

        // Recorded before answering, so a test that waits for it sees the answer's effects afterwards.
        lock (_waitersLock)
        {
            _requests.Enqueue(recorded);
            foreach (var waiter in _waiters.Where(w => w.Match(recorded)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(recorded);
            }
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Json);
        }
    }

    private FakeAnswer Default(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        return (request.Method, segments) switch
        {
            ("POST", ["interactions", var interaction, _, "callback"]) => Acknowledge(request, interaction),
            ("GET", ["gateway", "bot"]) => new FakeAnswer(200, GatewayBotJson),
            ("PUT", ["applications", ..]) => new FakeAnswer(200, request.Json),
            ("POST", ["channels", var channel, "messages", var message, "threads"]) =>
                new FakeAnswer(201, $$"""{"id":"{{message}}","type":11,"parent_id":"{{channel}}","guild_id":"1","owner_id":"{{BotUserId}}","name":"thread"}"""),
            ("GET", ["channels", var channel]) => new FakeAnswer(200, $$"""{"id":"{{channel}}","type":0,"guild_id":"1"}"""),
            ("POST", ["channels", var channel, "messages"]) => Create(request, id, channel),
            ("PATCH", ["channels", var channel, "messages", var message]) => Apply(request, Message(message, channel)),
            ("DELETE", ["webhooks", _, _, "messages", _]) => Apply(request, new FakeAnswer(204)),
            ("PATCH", ["webhooks", _, _, "messages", _]) => Apply(request, Message(id, "webhook-channel")),
            ("POST", ["webhooks", _, _]) => Apply(request, Message(id, "webhook-channel")),
            _ => new FakeAnswer(404, """{"message":"Unknown route","code":0}"""),
        };
    }

    public const string BotUserId = "500000000000000001";

    /// <summary>Like Discord with enforce_nonce: a nonce seen before returns the message it created, and creates none.</summary>
    private FakeAnswer Create(RecordedRequest request, string id, string channel)
    {
        var body = request.Body;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("nonce", out var nonce) && body.TryGetProperty("enforce_nonce", out var enforce) && enforce.ValueKind == JsonValueKind.True)
        {
            var existing = _messageOfNonce.GetOrAdd($"{channel}:{nonce.GetString()}", id);
            if (existing != id)
            {
                return Message(existing, channel);
            }
        }

        Interlocked.Increment(ref _messagesCreated);
        return Apply(request, Message(id, channel));
    }

    /// <summary>Like Discord: an interaction is answered once; a second callback gets 40060 and changes nothing.</summary>
    private FakeAnswer Acknowledge(RecordedRequest request, string interaction) =>
        _acknowledged.TryAdd(interaction, true)
            ? Apply(request, new FakeAnswer(204))
            : new FakeAnswer(400, """{"message":"Interaction has already been acknowledged.","code":40060}""");

    private FakeAnswer Apply(RecordedRequest request, FakeAnswer answer)
    {
        _applied.Enqueue(request);
        return answer;
    }

    private static FakeAnswer Failure(int status) =>
        new(status, string.Create(CultureInfo.InvariantCulture, $$"""{"message":"{{status}}: Bad Gateway","code":0}"""));

    private static FakeAnswer Message(string id, string channel) =>
        new(200, $$"""{"id":"{{id}}","channel_id":"{{channel}}","author":{"id":"{{BotUserId}}","username":"LlmTutorBot","bot":true},"content":""}""");
}
