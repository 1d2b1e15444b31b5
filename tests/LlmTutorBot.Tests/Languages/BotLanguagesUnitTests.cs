using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Tests.Languages;

public class BotLanguagesUnitTests
{
    [Theory]
    [InlineData("en", BotLanguage.En)]
    [InlineData("fr", BotLanguage.Fr)]
    [InlineData("zh", BotLanguage.Zh)]
    [InlineData("EN", BotLanguage.En)]
    [InlineData(" fr ", BotLanguage.Fr)]
    [InlineData("fra", BotLanguage.Fr)]
    [InlineData("zho", BotLanguage.Zh)]
    public void Codes_are_read_whatever_their_case(string text, BotLanguage expected)
    {
        Assert.True(BotLanguages.TryParse(text, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("fr-CA", BotLanguage.Fr)]
    [InlineData("fr-FR", BotLanguage.Fr)]
    [InlineData("zh-Hans-CN", BotLanguage.Zh)]
    [InlineData("zh-TW", BotLanguage.Zh)]
    [InlineData("en_US", BotLanguage.En)]
    [InlineData("en-GB", BotLanguage.En)]
    public void A_language_tag_is_read_by_its_primary_subtag(string text, BotLanguage expected)
    {
        Assert.True(BotLanguages.TryParse(text, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("English", BotLanguage.En)]
    [InlineData("anglais", BotLanguage.En)]
    [InlineData("英语", BotLanguage.En)]
    [InlineData("Français", BotLanguage.Fr)]
    [InlineData("Francais", BotLanguage.Fr)]
    [InlineData("FRANÇAIS", BotLanguage.Fr)]
    [InlineData("french", BotLanguage.Fr)]
    [InlineData("法语", BotLanguage.Fr)]
    [InlineData("chinois", BotLanguage.Zh)]
    [InlineData("中文", BotLanguage.Zh)]
    [InlineData("普通话", BotLanguage.Zh)]
    public void Names_are_read_in_each_language_with_or_without_accents(string text, BotLanguage expected)
    {
        Assert.True(BotLanguages.TryParse(text, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("de")]
    [InlineData("de-DE")]
    [InlineData("klingon")]
    [InlineData("english-US")]
    [InlineData("-fr")]
    public void Other_languages_and_nonsense_are_rejected(string? text)
    {
        Assert.False(BotLanguages.TryParse(text, out var language));
        Assert.Null(language);
    }

    [Fact]
    public void Text_longer_than_forty_characters_is_rejected_even_when_it_starts_like_a_tag()
    {
        var forty = "fr-" + new string('x', 37);
        var fortyOne = forty + "x";

        Assert.True(BotLanguages.TryParse(forty, out _));
        Assert.False(BotLanguages.TryParse(fortyOne, out _));
    }

    [Theory]
    [InlineData("fr-FR", BotLanguage.Fr)]
    [InlineData("zh-CN", BotLanguage.Zh)]
    [InlineData("en-US", BotLanguage.En)]
    [InlineData("de-DE", null)]
    [InlineData(null, null)]
    public void A_platform_locale_gives_its_language_when_the_bot_speaks_it(string? locale, BotLanguage? expected)
    {
        Assert.Equal(expected, BotLanguages.FromLocale(locale));
    }

    [Fact]
    public void Each_language_has_a_code_and_a_native_name()
    {
        Assert.Equal(["en", "fr", "zh"], BotLanguages.All.Select(l => l.Code()));
        Assert.Equal(["English", "Français", "中文"], BotLanguages.All.Select(l => l.NativeName()));
    }

    [Fact]
    public void The_aliases_of_a_language_leave_out_its_code_and_every_alias_reads_back()
    {
        foreach (var language in BotLanguages.All)
        {
            var aliases = BotLanguages.AliasesOf(language);

            Assert.NotEmpty(aliases);
            Assert.DoesNotContain(language.Code(), aliases);
            Assert.All(aliases, alias => Assert.Equal(language, BotLanguages.TryParse(alias, out var parsed) ? parsed : null));
        }

        Assert.Contains("français", BotLanguages.AliasesOf(BotLanguage.Fr));
    }
}
