using LlmTutorBot.Discord;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Replicas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Tests.Discord;

/// <summary>The whole adapter: fake gateway in, the bot's pipeline, fake REST out.</summary>
public sealed class DiscordGatewayHostedServiceTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private FakeDiscordGateway _gateway = null!;
    private FakeDiscordRest _rest = null!;
    private ServiceProvider? _services;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _gateway = await FakeDiscordGateway.StartAsync();
        _rest = await FakeDiscordRest.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            foreach (var service in _services.GetServices<IHostedService>().Reverse())
            {
                await service.StopAsync(CancellationToken.None);
            }

            await _services.DisposeAsync();
        }

        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_bot_token_no_connection_is_attempted()
    {
        await StartAsync(new() { ["Discord:BotToken"] = "", ["Discord:GatewayUrl"] = _gateway.Url.ToString() });

        Assert.Empty(_gateway.ConnectionPaths);
        Assert.Empty(_rest.Requests);
        Assert.Empty(_services!.GetRequiredService<DiscordGatewayHostedService>().Shards);
    }

    [Fact]
    public async Task The_shard_count_and_address_come_from_gateway_bot_when_not_configured()
    {
        _rest.GatewayBotJson = $$"""{"url":"{{_gateway.Url}}","shards":2,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":2} }""";

        await StartAsync([]);
        await WaitAsync(() => _gateway.Identifies.Count == 2);

        Assert.Equal("/gateway/bot", _rest.Requests[0].Path);
        Assert.Equal(["[0,2]", "[1,2]"], _gateway.Identifies.Select(i => i.GetProperty("shard").GetRawText()).Order());
    }

    [Fact]
    public async Task A_process_runs_only_the_shards_it_is_given()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "4", ["Discord:ShardIds"] = "2" });
        await WaitAsync(() => _gateway.Identifies.Count == 1);

        Assert.Equal("[2,4]", Assert.Single(_gateway.Identifies).GetProperty("shard").GetRawText());
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public async Task A_direct_message_on_the_gateway_is_answered_through_rest_in_reply_to_it()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(1001, "/help"));
        var reply = await _rest.WaitForAsync(r => r.Path == "/channels/700/messages");

        Assert.Equal("1001", reply.Body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains("/lang", reply.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bots_own_messages_on_the_gateway_get_no_answer()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.PublishAsync("MESSAGE_CREATE", $$"""{"id":"1","channel_id":"700","author":{"id":"{{FakeDiscordGateway.BotUserId}}","bot":true},"content":"/help","type":0}""");
        await _gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(2, "/help"));
        await _rest.WaitForAsync(r => r.Path == "/channels/700/messages");

        Assert.Single(_rest.Requests, r => r.Path == "/channels/700/messages");
    }

    [Fact]
    public async Task A_slash_command_on_the_gateway_is_deferred_over_rest_then_edited()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.PublishAsync("INTERACTION_CREATE", """{"id":"77","application_id":"352205866889641984","type":2,"token":"tok","channel_id":"700","user":{"id":"42"},"locale":"zh-CN","data":{"name":"help","type":1} }""");
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal("/interactions/77/tok/callback", _rest.Requests[0].Path);
        Assert.Equal("/webhooks/352205866889641984/tok/messages/@original", edit.Path);
        Assert.Contains("/lang", edit.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_an_interaction_token_appears_in_any_log_line()
    {
        const string InteractionToken = "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu";
        _rest.Responder = r => r.Method == "PATCH" ? new FakeAnswer(404, """{"message":"Unknown interaction","code":10062}""") : null;
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.PublishAsync("INTERACTION_CREATE", $$"""{"id":"78","application_id":"352205866889641984","type":2,"token":"{{InteractionToken}}","channel_id":"700","user":{"id":"42"},"data":{"name":"help","type":1} }""");
        await _rest.WaitForAsync(r => r.Path == "/channels/700/messages");

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(DiscordTestServices.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(InteractionToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_message_content_intent_reconnects_without_it_a_slash_command_is_still_answered_and_readyz_says_why()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.CloseAsync(4014);
        await WaitAsync(() => _gateway.Identifies.Count == 2 && _gateway.IsLive);
        await _gateway.PublishAsync("INTERACTION_CREATE", """{"id":"79","application_id":"352205866889641984","type":2,"token":"tok","channel_id":"700","user":{"id":"42"},"data":{"name":"help","type":1} }""");
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal([37377, 4609], _gateway.Identifies.Select(i => i.GetProperty("intents").GetInt32()));
        Assert.Contains("/lang", edit.Json, StringComparison.Ordinal);
        var health = await _services!.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel);
        var discord = health.Entries["discord"];
        Assert.Equal(HealthStatus.Degraded, discord.Status);
        Assert.Contains("Message Content", discord.Description, StringComparison.Ordinal);
        Assert.Single(_logs.Lines, l => l.Contains("refused the Message Content intent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fatal_close_stops_the_gateway_and_readyz_gives_the_reason()
    {
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.CloseAsync(4004);
        await Eventually.WaitAsync(() => _services!.GetRequiredService<DiscordStatus>().Stop is not null, "the gateway stopped");

        var discord = (await _services!.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel)).Entries["discord"];
        Assert.Equal(HealthStatus.Degraded, discord.Status);
        Assert.Contains("4004", discord.Description, StringComparison.Ordinal);
        Assert.Single(_gateway.Identifies);
    }

    [Fact]
    public async Task A_token_revoked_after_start_up_closes_the_gateway()
    {
        _rest.Responder = r => r.Path == "/channels/700/messages" ? new FakeAnswer(401, """{"message":"401: Unauthorized","code":0}""") : null;
        await StartAsync(new() { ["Discord:GatewayUrl"] = _gateway.Url.ToString(), ["Discord:ShardCount"] = "1" });
        await WaitAsync(() => _gateway.IsLive);

        await _gateway.PublishAsync("MESSAGE_CREATE", FakeDiscordGateway.Message(1002, "/help"));
        await Eventually.WaitAsync(() => !_gateway.IsLive, "the gateway connection closed");

        Assert.Contains(_logs.Lines, l => l.Contains("the bot token was revoked", StringComparison.Ordinal));
        Assert.Equal(HealthStatus.Degraded, (await _services!.GetRequiredService<HealthCheckService>().CheckHealthAsync(Cancel)).Entries["discord"].Status);
    }

    private async Task StartAsync(Dictionary<string, string?> settings)
    {
        _services = DiscordTestServices.Build(_rest, TimeProvider.System, settings, services =>
            services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)).AddSingleton(sp => new DiscordGatewayHostedService(
                sp.GetRequiredService<IOptions<LlmTutorBot.Discord.DiscordOptions>>(),
                sp.GetRequiredService<DiscordRestClient>(),
                sp.GetRequiredService<IGatewayDispatchHandler>(),
                sp.GetRequiredService<IdentifyLimiter>(),
                sp.GetRequiredService<LlmTutorBot.Discord.DiscordStatus>(),
                TimeProvider.System,
                sp.GetRequiredService<ILoggerFactory>())
            { Timings = DiscordGatewayClientTests.Fast }));
        _ = _services.GetRequiredService<DiscordTurnQueue>();
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(Cancel);
        }
    }

    private Task WaitAsync(Func<bool> condition) => _gateway.WaitUntilAsync(_ => condition(), Cancel);
}
