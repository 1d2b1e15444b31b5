using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.Tests.YouTube;

/// <summary>Conformance with the recorded player responses of ../shared/fixtures/youtube (jdepoix and NewPipe).</summary>
public sealed class PlayerResponseParserUnitTests
{
    private static PlayerResult ParseFixture(string folder, string file, string id) =>
        PlayerResponseParser.Parse(SharedFixtures.ReadText("youtube", folder, file), VideoId.Parse(id));

    [Fact]
    public void A_playable_video_gives_its_metadata_tracks_and_translation_languages()
    {
        var result = ParseFixture("jdepoix", "youtube.innertube.json.static", "GJLlxj_dtq8");

        var info = Assert.IsType<PlayerInfo>(result.Info);
        Assert.Equal("Surface Go Review - It’s Awesome", info.Metadata.Title);
        Assert.Equal("Dave2D", info.Metadata.Channel);
        Assert.Equal(TimeSpan.FromSeconds(316), info.Metadata.Duration);
        Assert.Equal(9, info.Tracks.Count);
        Assert.Single(info.Tracks, t => t.IsGenerated);
        Assert.Contains(info.Tracks, t => t is { LanguageCode: "en", IsGenerated: false, Name: "English", IsTranslatable: true });
        Assert.Contains("ar", info.TranslationLanguages);
        Assert.All(info.Tracks, t => Assert.False(t.NeedsPoToken));
        Assert.False(string.IsNullOrEmpty(info.VisitorData));
    }

    [Theory]
    [InlineData("jdepoix", "youtube_age_restricted.innertube.json.static", "Njp5uhTorCo", VideoFailureKind.AgeRestricted)]
    [InlineData("jdepoix", "youtube_request_blocked.innertube.json.static", "GJLlxj_dtq8", VideoFailureKind.Blocked)]
    [InlineData("jdepoix", "youtube_video_unavailable.innertube.json.static", "GJLlxj_dtq8", VideoFailureKind.Unavailable)]
    [InlineData("jdepoix", "youtube_unplayable.innertube.json.static", "GJLlxj_dtq8", VideoFailureKind.Unavailable)]
    [InlineData("newpipe", "player_it3OtbTxQk0_unplayable_no_captions.response.json", "it3OtbTxQk0", VideoFailureKind.Unavailable)]
    public void Each_refusal_becomes_a_typed_failure(string folder, string file, string video, VideoFailureKind expected)
    {
        var result = ParseFixture(folder, file, video);

        Assert.Null(result.Info);
        Assert.Equal(expected, result.Failure?.Kind);
        Assert.False(string.IsNullOrEmpty(result.Failure?.Detail));
    }

    [Fact]
    public void A_video_with_captions_disabled_is_playable_with_no_track()
    {
        var info = ParseFixture("jdepoix", "youtube_transcripts_disabled.innertube.json.static", "dsMFmonKDD4").Info;

        Assert.NotNull(info);
        Assert.Empty(info.Tracks);
    }

    [Fact]
    public void Tracks_protected_by_a_po_token_are_marked_and_skipped_with_the_reason()
    {
        var info = ParseFixture("jdepoix", "youtube_po_token_required.innertube.json.static", "GJLlxj_dtq8").Info!;

        var choice = CaptionTrackSelector.Select(info.Tracks, ["en"]);

        var protectedTrack = Assert.Single(info.Tracks, t => t.NeedsPoToken);
        Assert.Equal(("en", false), (protectedTrack.LanguageCode, protectedTrack.IsGenerated));
        var skipped = Assert.Single(choice.Skipped);
        Assert.Same(protectedTrack, skipped.Track);
        Assert.Contains("PO token", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(("en", true), (choice.Track!.LanguageCode, choice.Track.IsGenerated));
    }

    [Fact]
    public void When_every_track_needs_a_po_token_none_is_chosen()
    {
        CaptionTrack[] tracks = [new("https://www.youtube.com/api/timedtext?v=x&exp=xpv&lang=en", "en", "English", false, true) { NeedsPoToken = true }];

        var choice = CaptionTrackSelector.Select(tracks, ["en"]);

        Assert.Null(choice.Track);
        Assert.Single(choice.Skipped);
        Assert.True(PlayerResponseParser.NeedsPoToken("https://www.youtube.com/api/timedtext?v=x&exp=xpv&lang=en"));
        Assert.False(PlayerResponseParser.NeedsPoToken("https://www.youtube.com/api/timedtext?v=x&exp=v&lang=en"));
    }

    [Theory]
    [InlineData("player_An8vtD1FDqs_en_manual+asr.response.json", "An8vtD1FDqs", "en", false, "Makani’s first commercial-scale energy kite")]
    [InlineData("player_M4gD1WSo5mA_en_manual+asr.response.json", "M4gD1WSo5mA", "en", false, null)]
    [InlineData("player_ud9d5cMDP_0_de_named_track.response.json", "ud9d5cMDP_0", "de", false, null)]
    [InlineData("player_cJ9to6EmElQ_fr_asr_only.response.json", "cJ9to6EmElQ", "fr", true, "Merci pour les 3 millions d'abonnés 🎉| ARTE")]
    public void The_newpipe_recordings_give_the_expected_track(string file, string id, string language, bool generated, string? title)
    {
        var info = ParseFixture("newpipe", file, id).Info!;

        var choice = CaptionTrackSelector.Select(info.Tracks, [language]);

        Assert.NotNull(choice.Track);
        Assert.Equal(language, choice.Track.LanguageCode);
        Assert.Equal(generated, choice.Track.IsGenerated);
        Assert.Empty(choice.Skipped);
        if (title is not null)
        {
            Assert.Equal(title, info.Metadata.Title);
        }
    }

    [Fact]
    public void The_uploaders_captions_come_before_automatic_ones_and_the_priority_list_is_followed()
    {
        var info = ParseFixture("jdepoix", "youtube.innertube.json.static", "GJLlxj_dtq8").Info!;

        Assert.Equal(("en", false), Describe(CaptionTrackSelector.Select(info.Tracks, ["en", "id"])));
        Assert.Equal(("de", false), Describe(CaptionTrackSelector.Select(info.Tracks, ["id", "de"])));
        Assert.Equal(("zh", false), Describe(CaptionTrackSelector.Select(info.Tracks, ["xx"])));
    }

    [Fact]
    public void A_named_track_keeps_its_full_name()
    {
        var info = ParseFixture("newpipe", "player_ud9d5cMDP_0_de_named_track.response.json", "ud9d5cMDP_0").Info!;

        Assert.Contains(info.Tracks, t => t.Name == "German - deutsch");
    }

    [Theory]
    [InlineData("{\"playabilityStatus\":{\"status\":\"OK\"},\"videoDetails\":{\"isLive\":true}}", VideoFailureKind.Live)]
    [InlineData("{\"playabilityStatus\":{\"status\":\"LIVE_STREAM_OFFLINE\",\"reason\":\"Premieres soon\"}}", VideoFailureKind.Live)]
    [InlineData("{\"playabilityStatus\":{\"status\":\"LOGIN_REQUIRED\",\"reason\":\"This video is private\"}}", VideoFailureKind.Private)]
    [InlineData("{\"playabilityStatus\":{\"status\":\"LOGIN_REQUIRED\",\"reason\":\"Sign in to confirm your age\"}}", VideoFailureKind.AgeRestricted)]
    [InlineData("{\"playabilityStatus\":{\"status\":\"LOGIN_REQUIRED\"}}", VideoFailureKind.LoginRequired)]
    [InlineData("{}", VideoFailureKind.Unreachable)]
    [InlineData("<html>", VideoFailureKind.Unreachable)]
    public void Generated_responses_cover_live_private_and_unreadable_videos(string json, VideoFailureKind expected)
    {
        Assert.Equal(expected, PlayerResponseParser.Parse(json, VideoId.Parse("osKyvYJ3PRM")).Failure?.Kind);
    }

    [Fact]
    public void Chapters_are_read_from_a_description_that_starts_at_zero()
    {
        var chapters = ChapterParser.FromDescription("Intro text\n0:00 Intro\n1:30 - Tokens\n(12:05) Attention\n1:02:03 Wrap-up\nhttps://example");

        Assert.Equal(
            [(TimeSpan.Zero, "Intro"), (TimeSpan.FromSeconds(90), "Tokens"), (new TimeSpan(0, 12, 5), "Attention"), (new TimeSpan(1, 2, 3), "Wrap-up")],
            chapters.Select(c => (c.Start, c.Title)));
        Assert.Empty(ChapterParser.FromDescription("1:00 not from zero\n2:00 b\n3:00 c"));
    }

    private static (string, bool) Describe(TrackChoice choice) => (choice.Track!.LanguageCode, choice.Track.IsGenerated);
}
