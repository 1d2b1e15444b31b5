using LlmTutorBot.Redis.Embedded;

namespace LlmTutorBot.Tests.Embedded;

public sealed class EmbeddedRedisOptionsUnitTests
{
    [Theory]
    [InlineData("32m", "16m", "64m")]
    [InlineData("16m", "16m", "64m")]
    [InlineData("8m", "4m", "16m")]
    [InlineData("100k", "64k", "256k")]
    public void A_memory_size_below_four_pages_fails_validation_naming_the_smallest_allowed_value(string memory, string page, string smallest)
    {
        var failures = Failures(new EmbeddedRedisOptions { MemorySize = memory, PageSize = page });

        var failure = Assert.Single(failures);
        Assert.Contains("EmbeddedRedis:MemorySize", failure, StringComparison.Ordinal);
        Assert.Contains($"the smallest allowed value is {smallest}", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64m", "16m")]
    [InlineData("16m", "4m")]
    [InlineData("64m", "4m")]
    [InlineData("1g", "4m")]
    public void Four_pages_or_more_pass(string memory, string page) =>
        Assert.Empty(Failures(new EmbeddedRedisOptions { MemorySize = memory, PageSize = page }));

    [Fact]
    public void A_page_below_garnets_smallest_fails_naming_it() =>
        Assert.Contains("the smallest allowed value is 1k", Assert.Single(Failures(new EmbeddedRedisOptions { PageSize = "0k" })), StringComparison.Ordinal);

    [Fact]
    public void A_segment_smaller_than_a_page_fails() =>
        Assert.Contains("EmbeddedRedis:SegmentSize", Assert.Single(Failures(new EmbeddedRedisOptions { SegmentSize = "1m" })), StringComparison.Ordinal);

    [Fact]
    public void A_size_without_a_unit_fails() =>
        Assert.NotEmpty(Failures(new EmbeddedRedisOptions { MemorySize = "64" }));

    [Theory]
    [InlineData("64m", 64L << 20)]
    [InlineData("1G", 1L << 30)]
    [InlineData("512k", 512L << 10)]
    public void Sizes_are_read_in_garnets_notation(string text, long bytes)
    {
        Assert.True(StoreSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
        Assert.Equal(text.ToLowerInvariant(), StoreSize.Format(parsed));
    }

    private static List<string> Failures(EmbeddedRedisOptions options) =>
        new EmbeddedRedisOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];
}
