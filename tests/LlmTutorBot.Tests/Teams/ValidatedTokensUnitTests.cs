using LlmTutorBot.Teams.Auth;

namespace LlmTutorBot.Tests.Teams;

public sealed class ValidatedTokensUnitTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_token_checked_against_other_signing_keys_is_not_found()
    {
        var tokens = new ValidatedTokens();
        var checkedWith = Keys();
        tokens.Add("token", Entry(checkedWith, Now.AddHours(1)), Now);

        Assert.NotNull(tokens.Find("token", checkedWith));
        Assert.Null(tokens.Find("token", Keys()));
        Assert.Null(tokens.Find("token", checkedWith));
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
        Assert.NotNull(tokens.Find("token-1", keys));
        Assert.Null(tokens.Find("token-0", keys));
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
        Assert.NotNull(tokens.Find($"token-{ValidatedTokens.Capacity}", keys));
    }

    private static SigningKeys Keys() => new([], new Dictionary<string, IReadOnlyList<string>>(), Now);

    private static ValidatedToken Entry(SigningKeys keys, DateTime expires) => new(keys, "kid", null, expires, "https://smba.trafficmanager.net/teams/");
}
