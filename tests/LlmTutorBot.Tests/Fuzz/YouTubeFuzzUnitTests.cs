using LlmTutorBot.YouTube.Captions;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Subtitles;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated InnerTube player responses, caption bodies (srv3, json3, srv1), subtitle files (.srt, .vtt) and links: each
/// parser answers with its result type (a failure, null, no match), never an exception.
/// </summary>
public sealed class YouTubeFuzzUnitTests
{
    private static readonly VideoId Requested = VideoId.Parse("dQw4w9WgXcQ");

    [Fact]
    public void Mutated_player_responses_become_a_result_or_a_typed_failure()
    {
        var seeds = FuzzSeeds.WithFixtures(FuzzSeeds.PlayerResponses, "*.innertube.json.static", ["youtube", "jdepoix"]);
        seeds = [.. seeds, .. FuzzSeeds.WithFixtures([], "*.response.json", ["youtube", "newpipe"])];

        // Each recording answers for its own video; as the requested one, its tracks are read (another is refused at once).
        seeds = [.. seeds.Select(s => System.Text.RegularExpressions.Regex.Replace(s, "\"videoId\":\\s*\"[A-Za-z0-9_-]{11}\"", $"\"videoId\": \"{Requested.Value}\""))];
        var results = 0;
        Fuzz.Run(
            "InnerTube player response",
            2500,
            fuzz => fuzz.MutateJson(fuzz.Pick(seeds)),
            json =>
            {
                var result = PlayerResponseParser.Parse(json, Requested);
                Assert.True(result.Info is not null || result.Failure is not null, "The parser returned neither information nor a failure.");
                if (result.Info is { } info)
                {
                    results++;
                    _ = CaptionTrackSelector.Select(info.Tracks, ["fr", "en", "zh-Hans"]);
                }
            });

        Assert.True(results > 50, $"Only {results} mutated player responses parsed: the mutations never reach the track reader.");
    }

    [Fact]
    public void Mutated_caption_bodies_parse_or_are_refused_with_null()
    {
        var seeds = FuzzSeeds.WithFixtures(FuzzSeeds.CaptionBodies, "transcript.xml.static", ["youtube", "jdepoix"]);
        Fuzz.Run(
            "timedtext caption body",
            4000,
            fuzz => fuzz.Next(3) == 0 ? fuzz.MutateJson(fuzz.Pick(seeds)) : fuzz.MutateText(fuzz.Pick(seeds)),
            body =>
            {
                if (TimedTextParser.Parse(body) is { } segments)
                {
                    Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
                }
            });
    }

    [Fact]
    public void Mutated_subtitle_files_parse_or_are_refused_with_null()
    {
        Fuzz.Run(
            "subtitle file",
            4000,
            fuzz => fuzz.MutateText(fuzz.Pick(FuzzSeeds.SubtitleFiles)),
            text =>
            {
                if (SubtitleParser.Parse(text) is { } segments)
                {
                    Assert.All(segments, s => Assert.True(s.Duration >= TimeSpan.Zero, "A cue ends before it starts."));
                }
            });
    }

    [Fact]
    public void Mutated_links_give_only_valid_video_ids()
    {
        Fuzz.Run(
            "YouTube link",
            4000,
            fuzz => fuzz.MutateText(fuzz.Pick(FuzzSeeds.Links)),
            text =>
            {
                foreach (var id in VideoLinks.FindAll(text))
                {
                    Assert.True(VideoId.IsValidId(id.Value), $"'{id.Value}' is not an 11-character video id.");
                }

                if (VideoId.TryParse(text, out var parsed))
                {
                    Assert.True(VideoId.IsValidId(parsed.Value));
                }
            });
    }
}
