using LlmTutorBot.Teams.Auth;

namespace LlmTutorBot.Tests.Teams;

public sealed class ValidatedTokensUnitTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_token_holds_only_for_the_signing_keys_it_was_checked_against()
    {
        var checkedWith = Keys();
        var entry = Entry(checkedWith, Now.AddHours(1));

        Assert.True(entry.IsCheckedAgainst(checkedWith));
        Assert.False(entry.IsCheckedAgainst(Keys()));
    }

    [Fact]
    public void A_token_is_live_within_its_lifetime_widened_by_the_skew()
    {
        var entry = Entry(Keys(), Now) with { NotBefore = Now.AddMinutes(-10) };

        Assert.True(entry.IsLive(Now.AddMinutes(4), TimeSpan.FromMinutes(5)));
        Assert.False(entry.IsLive(Now.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.True(entry.IsLive(Now.AddMinutes(-14), TimeSpan.FromMinutes(5)));
        Assert.False(entry.IsLive(Now.AddMinutes(-16), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void When_full_the_expired_tokens_go_first()
    {
        var tokens = new ValidatedTokens();
        var keys = Keys();
        for (var i = 0; i < ValidatedTokens.Capacity; i++)
        {
            tokens.Add($"token-{i}", Entry(keys, i % 2 == 0 ? Now.AddMinutes(-1) : Now.AddHours(1)), Now);
        }

        tokens.Add("new", Entry(keys, Now.AddHours(1)), Now);

        Assert.Equal((ValidatedTokens.Capacity / 2) + 1, tokens.Count);
        Assert.NotNull(tokens.Find("token-1"));
        Assert.Null(tokens.Find("token-0"));
    }

    [Fact]
    public void When_full_of_live_tokens_they_are_all_forgotten_and_the_size_stays_bounded()
    {
        var tokens = new ValidatedTokens();
        var keys = Keys();
        for (var i = 0; i <= ValidatedTokens.Capacity; i++)
        {
            tokens.Add($"token-{i}", Entry(keys, Now.AddHours(1)), Now);
        }

        Assert.Equal(1, tokens.Count);
        Assert.NotNull(tokens.Find($"token-{ValidatedTokens.Capacity}"));
    }

    private static SigningKeys Keys() => new([], new Dictionary<string, IReadOnlyList<string>>(), Now);

    private static ValidatedToken Entry(SigningKeys keys, DateTime expires) => new(keys, "kid", null, expires, "https://smba.trafficmanager.net/teams/");
}
