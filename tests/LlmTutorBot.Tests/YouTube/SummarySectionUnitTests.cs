using LlmTutorBot.YouTube.Handlers;

namespace LlmTutorBot.Tests.YouTube;

public sealed class SummarySectionUnitTests
{
    [Fact]
    public void Lines_that_do_not_all_fit_are_left_out_evenly_and_the_last_one_stays()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"- [{i}:00] " + new string('x', 180)).ToList();

        var section = VideoReplies.Lines(lines);

        var kept = section.Split('\n');
        Assert.InRange(section.Length, 1, VideoReplies.MaxSectionLength);
        Assert.InRange(kept.Length, 15, 39);
        Assert.Equal(lines[0], kept[0]);
        Assert.Equal(lines[^1], kept[^1]);
        Assert.Equal(kept.Order(StringComparer.Ordinal).Count(), kept.Distinct().Count());
    }

    [Fact]
    public void Lines_that_fit_are_all_kept_in_order()
    {
        string[] lines = ["- one", "- two", "- three"];

        Assert.Equal("- one\n- two\n- three", VideoReplies.Lines(lines));
    }
}
