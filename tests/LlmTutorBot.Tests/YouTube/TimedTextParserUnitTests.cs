using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Captions;

namespace LlmTutorBot.Tests.YouTube;

public sealed class TimedTextParserUnitTests
{
    public static TheoryData<string> Bodies() => new()
    {
        TimedTextBodies.Srv3(TimedTextBodies.Sample),
        TimedTextBodies.Srv3(TimedTextBodies.Sample, wordParts: true),
        TimedTextBodies.Json3(TimedTextBodies.Sample),
        TimedTextBodies.Srv1(TimedTextBodies.Sample),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Srv3_json3_and_srv1_bodies_become_the_same_timed_segments(string body)
    {
        var segments = TimedTextParser.Parse(body);

        Assert.NotNull(segments);
        Assert.Equal(3, segments.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(1540), segments[1].Start);
        Assert.Equal(TimeSpan.FromMilliseconds(4160), segments[1].Duration);
        Assert.Equal("with an & entity & markup", segments[1].Text);
        Assert.Equal(TimeSpan.FromMilliseconds(8939), segments[2].End);
    }

    [Fact]
    public void The_recorded_srv1_transcript_drops_empty_captions_and_strips_markup()
    {
        var body = SharedFixtures.ReadText("youtube", "jdepoix", "transcript.xml.static");

        var segments = TimedTextParser.Parse(body);

        Assert.NotNull(segments);
        Assert.Equal(["Hey, this is just a test", "this is not the original transcript", "just something shorter, I made up for testing"], segments.Select(s => s.Text));
        Assert.Equal(TimeSpan.FromSeconds(5.7), segments[2].Start);
        Assert.Equal(TimeSpan.FromMilliseconds(3239), segments[2].Duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<!DOCTYPE html><html><body>consent</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><transcript><text start=\"0\" dur=\"1\">&lol;</text></transcript>")]
    [InlineData("{\"error\":{\"code\":400}}")]
    [InlineData("{not json")]
    public void Empty_or_foreign_bodies_give_no_segments(string body)
    {
        Assert.Null(TimedTextParser.Parse(body));
    }
}
