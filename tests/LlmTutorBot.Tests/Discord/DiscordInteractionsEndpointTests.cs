using System.Net;
using System.Text.Json;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Tests.Discord.Fakes;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Discord;

/// <summary>POST /api/discord/interactions through the whole host, with Discord's REST API faked on loopback.</summary>
public sealed class DiscordInteractionsEndpointTests(RedisFixture redis) : IAsyncLifetime
{
    private const string ApplicationId = "352205866889641984";
    private readonly InteractionSigner _signer = new();
    private FakeDiscordRest _rest = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rest = await FakeDiscordRest.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task The_recorded_ping_is_answered_with_pong_at_the_time_it_was_signed()
    {
        var vector = InteractionSignatureUnitTests.Vector("rusty-interaction-ping");
        await using var factory = Factory(vector.GetProperty("public_key_hex").GetString()!, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1616343571 + 20)));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(RecordedRequest(vector), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_same_ping_replayed_today_is_refused_as_stale()
    {
        var vector = InteractionSignatureUnitTests.Vector("rusty-interaction-ping");
        await using var factory = Factory(vector.GetProperty("public_key_hex").GetString()!);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(RecordedRequest(vector), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_signature_is_answered_401()
    {
        var vector = InteractionSignatureUnitTests.Vector("tehgm-aspnetcore-invalid");
        await using var factory = Factory(vector.GetProperty("public_key_hex").GetString()!, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1633173350)));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(RecordedRequest(vector), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_signature_headers_is_answered_401()
    {
        await using var factory = Factory(_signer.PublicKeyHex);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(InteractionSigner.Signed(DiscordInteractionsEndpoint.Path, """{"type":1}""", null, null), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_ping_signed_with_our_key_now_is_answered_with_pong()
    {
        await using var factory = Factory(_signer.PublicKeyHex);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(_signer.Request(DiscordInteractionsEndpoint.Path, """{"id":"1","application_id":"352205866889641984","type":1,"token":"t","version":1}"""), Cancel);

        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Without_discord_settings_the_endpoint_does_not_exist()
    {
        await using var factory = Factory(publicKey: null);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(_signer.Request(DiscordInteractionsEndpoint.Path, """{"type":1}"""), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public async Task A_slash_command_is_deferred_at_once_then_its_answer_is_edited_with_the_result()
    {
        await using var factory = Factory(_signer.PublicKeyHex);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(_signer.Request(DiscordInteractionsEndpoint.Path, Command("help", "fr")), Cancel);
        var edit = await _rest.WaitForAsync(r => r is { Method: "PATCH" } && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var callback = _rest.Requests[0];
        Assert.Equal("/interactions/1000/token-1/callback", callback.Path);
        Assert.Equal(5, callback.Body.GetProperty("type").GetInt32());
        Assert.True(callback.At <= edit.At);
        Assert.Equal($"/webhooks/{ApplicationId}/token-1/messages/@original", edit.Path);
        Assert.Contains("/lang", edit.Json, StringComparison.Ordinal);
        Assert.Contains("Commandes", edit.Body.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Empty(edit.Body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Null(edit.Header("Authorization"));
    }

    [Fact]
    public async Task A_button_sends_its_command_and_the_answer_comes_the_same_way()
    {
        await using var factory = Factory(_signer.PublicKeyHex);
        using var client = factory.CreateClient();
        var body = $$$"""{"id":"1001","application_id":"{{{ApplicationId}}}","type":3,"token":"token-2","channel_id":"200","guild_id":"300","locale":"en-US","member":{"user":{"id":"42","username":"ada"}},"data":{"custom_id":"/lang zh","component_type":2}}""";

        using var response = await client.SendAsync(_signer.Request(DiscordInteractionsEndpoint.Path, body), Cancel);
        var edit = await _rest.WaitForAsync(r => r.Path == $"/webhooks/{ApplicationId}/token-2/messages/@original");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("中文", edit.Body.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_suggests_languages_for_a_free_language_option()
    {
        // The catalog's own /translate (the YouTube feature) has a free-text language option.
        await using var factory = Factory(_signer.PublicKeyHex);
        using var client = factory.CreateClient();
        var body = $$$"""{"id":"1002","application_id":"{{{ApplicationId}}}","type":4,"token":"token-3","channel_id":"200","user":{"id":"42"},"data":{"name":"translate","options":[{"name":"url","type":3,"value":"https://youtu.be/x"},{"name":"language","type":3,"value":"fra","focused":true}]}}""";

        using var response = await client.SendAsync(_signer.Request(DiscordInteractionsEndpoint.Path, body), Cancel);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(8, answer.RootElement.GetProperty("type").GetInt32());
        var first = answer.RootElement.GetProperty("data").GetProperty("choices")[0];
        Assert.Equal("fr", first.GetProperty("value").GetString());
        Assert.Empty(_rest.Requests);
    }

    private static string Command(string name, string locale, string options = "[]") =>
        $$$"""{"id":"1000","application_id":"{{{ApplicationId}}}","type":2,"token":"token-1","channel_id":"200","guild_id":"300","locale":"{{{locale}}}","member":{"user":{"id":"42","username":"ada"}},"data":{"id":"9","name":"{{{name}}}","type":1,"options":"""
        + options + "}}";

    private static HttpRequestMessage RecordedRequest(JsonElement vector) => InteractionSigner.Signed(
        DiscordInteractionsEndpoint.Path,
        vector.GetProperty("body").GetString()!,
        vector.GetProperty("timestamp").GetString(),
        vector.GetProperty("signature_hex").GetString());

    private WebApplicationFactory<Program> Factory(string? publicKey, TimeProvider? time = null, Action<IServiceCollection>? addServices = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            builder.UseSetting("State:KeyPrefix", RedisFixture.UniquePrefix());
            builder.UseSetting("Discord:ApiBaseUrl", _rest.BaseUrl.ToString());
            if (publicKey is not null)
            {
                builder.UseSetting("Discord:ApplicationId", ApplicationId);
                builder.UseSetting("Discord:PublicKey", publicKey);
            }

            builder.ConfigureServices(services =>
            {
                if (time is not null)
                {
                    services.AddSingleton(time);
                }

                addServices?.Invoke(services);
            });
        });
}
