using LlmTutorBot.Teams.Auth;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// A token that passed the full check is remembered by its exact text: its lifetime is checked again on every use,
/// and a token that differs in any character, a signature included, goes through the full check.
/// </summary>
public sealed class RememberedTokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private FakeBotFramework _fake = null!;
    private ServiceProvider _services = null!;
    private InboundAuthenticator _authenticator = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new BotFrameworkOptions { OpenIdMetadataUrl = $"{_fake.BaseUrl}openid" });
        var keys = new SigningKeySource(_services.GetRequiredService<IHttpClientFactory>(), options, _time, NullLogger<SigningKeySource>.Instance);
        _authenticator = new InboundAuthenticator(keys, options, Options.Create(new BotFrameworkCredentials { MicrosoftAppId = FakeBotFramework.AppId }), _time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_remembered_token_gives_the_same_endorsements_and_service_url_as_its_first_check()
    {
        var token = _fake.Token();

        var first = await AuthenticateAsync(token);
        var again = await AuthenticateAsync(token);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, again.StatusCode);
        Assert.Equal(first.EndorsedChannels, again.EndorsedChannels);
        Assert.Equal(_fake.ServiceUrl, again.ServiceUrl);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired_beyond_the_skew()
    {
        var token = _fake.Token(expires: _time.GetUtcNow().UtcDateTime.AddMinutes(10));
        var first = await AuthenticateAsync(token);

        _time.Advance(TimeSpan.FromMinutes(14));
        var withinSkew = await AuthenticateAsync(token);
        _time.Advance(TimeSpan.FromMinutes(2));
        var expired = await AuthenticateAsync(token);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, withinSkew.StatusCode);
        Assert.Equal(401, expired.StatusCode);
    }

    [Fact]
    public async Task A_remembered_token_with_another_signature_is_refused()
    {
        var token = _fake.Token();
        var accepted = await AuthenticateAsync(token);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        var tampered = token[..(token.LastIndexOf('.') + 1)] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        var refused = await AuthenticateAsync(tampered);

        Assert.Equal(200, accepted.StatusCode);
        Assert.Equal(401, refused.StatusCode);
    }

    [Fact]
    public async Task A_remembered_token_with_other_claims_is_refused()
    {
        var token = _fake.Token();
        var accepted = await AuthenticateAsync(token);
        var parts = token.Split('.');
        var otherAudience = _fake.Token(audience: "00000000-0000-0000-0000-000000000000").Split('.')[1];

        var refused = await AuthenticateAsync($"{parts[0]}.{otherAudience}.{parts[2]}");

        Assert.Equal(200, accepted.StatusCode);
        Assert.Equal(401, refused.StatusCode);
    }

    private Task<AuthOutcome> AuthenticateAsync(string token) =>
        _authenticator.AuthenticateAsync($"Bearer {token}", directLoopback: false, TestContext.Current.CancellationToken);
}
