using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Links;
using LlmTutorBot.YouTube.Player;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// A video's captions from the clients of YouTube:Clients, in order: each client's player response, the track chosen
/// from it and the track's captions. Any failure another client may not have (sign-in or bot checks, UNPLAYABLE,
/// ERROR, an answer for another video, no caption list, PO-token-only tracks, an empty, refused or HTML caption
/// body) moves on to the next client; answers every client gives (private, removed, live, too long, rate-limited,
/// YouTube down, a refused translation) stop at once.
/// </summary>
public sealed class CaptionFetcher(YouTubeClient client, VisitorData visitorData, IOptions<YouTubeOptions> options, TimeProvider time, ILogger<CaptionFetcher> logger)
{
    private readonly YouTubeOptions _options = options.Value;

    /// <summary>The original transcript, or YouTube's translation of it into <paramref name="translateTo"/>.</summary>
    public async Task<CaptionFetchResult> FetchAsync(VideoId id, string? translateTo, CancellationToken cancellationToken)
    {
        var attempts = new List<ClientAttempt>();
        var clients = _options.ClientList;
        for (var i = 0; i < clients.Count; i++)
        {
            var profile = clients[i];
            if (profile.CaptionsNeedPoToken)
            {
                YouTubeLog.ClientSkipped(logger, id.Value, profile.Name);
                continue;
            }

            var attempt = await TryAsync(profile, id, translateTo, cancellationToken);
            attempts.Add(attempt);
            if (attempt.Transcript is { } transcript)
            {
                YouTubeLog.ClientAnswered(logger, id.Value, profile.Name, attempt.Tracks, transcript.Transcript.Segments.Count);
                return new CaptionFetchResult(transcript, null, attempts);
            }

            var failure = attempt.Failure!;
            var final = IsFinal(failure.Kind);
            var next = final ? "every client would say so" : i + 1 < clients.Count ? "asking the next client" : "no client left";
            YouTubeLog.ClientRefused(logger, id.Value, profile.Name, attempt.Status, failure.Kind, failure.Detail, next);
            if (final)
            {
                break;
            }
        }

        var told = attempts.Select(a => a.Failure!).OrderBy(f => Rank(f.Kind)).FirstOrDefault()
            ?? new VideoFailure(VideoFailureKind.PoTokenRequired, "Every client of YouTube:Clients needs a PO token.");
        return new CaptionFetchResult(null, told, attempts);
    }

    /// <summary>Every configured client in turn, none skipped and none stopping the others ("youtube check").</summary>
    public async Task<IReadOnlyList<ClientAttempt>> CheckAsync(VideoId id, CancellationToken cancellationToken)
    {
        var attempts = new List<ClientAttempt>();
        foreach (var profile in _options.ClientList)
        {
            attempts.Add(await TryAsync(profile, id, null, cancellationToken));
        }

        return attempts;
    }

    /// <summary>Answers another client would give too: asking it would only cost YouTube a request.</summary>
    public static bool IsFinal(VideoFailureKind kind) => kind is VideoFailureKind.Private or VideoFailureKind.Removed
        or VideoFailureKind.Live or VideoFailureKind.TooLong or VideoFailureKind.RateLimited
        or VideoFailureKind.Unreachable or VideoFailureKind.TranslationRefused or VideoFailureKind.Busy;

    // When every client failed, the failure that tells the user most: about the video before about this host.
    private static int Rank(VideoFailureKind kind) => kind switch
    {
        VideoFailureKind.Private => 0,
        VideoFailureKind.Removed => 1,
        VideoFailureKind.Live => 2,
        VideoFailureKind.TooLong => 3,
        VideoFailureKind.RateLimited => 4,
        VideoFailureKind.TranslationRefused => 5,
        VideoFailureKind.AgeRestricted => 6,
        VideoFailureKind.NotTranslatable => 7,
        VideoFailureKind.PoTokenRequired => 8,
        VideoFailureKind.NoCaptions => 9,
        VideoFailureKind.Blocked => 10,
        VideoFailureKind.LoginRequired => 11,
        VideoFailureKind.Unavailable => 12,
        _ => 13,
    };

    private async Task<ClientAttempt> TryAsync(InnerTubeClientProfile profile, VideoId id, string? translateTo, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var visitor = profile.NeedsVisitorData ? await visitorData.GetAsync(client, cancellationToken) : null;
        var player = await client.GetPlayerAsync(profile, id, visitor, cancellationToken);
        visitorData.Offer(player.VisitorData);
        ClientAttempt Failed(VideoFailure failure, int tracks = 0, IReadOnlyList<string>? languages = null) =>
            new(profile, player.Status, tracks, time.GetElapsedTime(started), null, failure) { TrackLanguages = languages ?? [] };

        if (player.Info is not { } info)
        {
            return Failed(player.Failure!);
        }

        var tracks = profile.CaptionsNeedPoToken ? [.. info.Tracks.Select(t => t with { NeedsPoToken = true })] : info.Tracks;
        var languages = tracks.Select(t => t.IsGenerated ? $"{t.LanguageCode} (auto)" : t.LanguageCode).ToList();
        if (info.Metadata.Duration > _options.MaxDuration)
        {
            return Failed(new VideoFailure(VideoFailureKind.TooLong, $"{info.Metadata.Duration} > {_options.MaxDuration}"), tracks.Count, languages);
        }

        var choice = CaptionTrackSelector.Select(tracks, _options.LanguageList);
        foreach (var skipped in choice.Skipped)
        {
            YouTubeLog.TrackSkipped(logger, id.Value, skipped.Track.LanguageCode, profile.Name, skipped.Reason);
        }

        if (choice.Track is not { } track)
        {
            return Failed(
                choice.Skipped.Count > 0
                    ? new VideoFailure(VideoFailureKind.PoTokenRequired, choice.Skipped[0].Reason)
                    : new VideoFailure(VideoFailureKind.NoCaptions, "The player lists no caption track."),
                tracks.Count,
                languages);
        }

        var translate = translateTo is not null && !CaptionTrackSelector.Matches(track.LanguageCode, translateTo);
        if (translate && !track.IsTranslatable)
        {
            return Failed(new VideoFailure(VideoFailureKind.NotTranslatable, track.LanguageCode), tracks.Count, languages);
        }

        var captions = await client.GetCaptionsAsync(id, track, translate ? translateTo : null, profile.AcceptsCookies, cancellationToken);
        if (captions.Segments is not { } segments)
        {
            var failure = captions.Failure!;
            if (translate && failure.Kind is VideoFailureKind.Blocked or VideoFailureKind.PoTokenRequired)
            {
                // &tlang= is refused far more often than the track itself (429): the original is there to translate.
                failure = new VideoFailure(VideoFailureKind.TranslationRefused, track.LanguageCode);
            }

            return Failed(failure, tracks.Count, languages);
        }

        if (segments.Count == 0)
        {
            return Failed(new VideoFailure(VideoFailureKind.NoCaptions, "The track is empty."), tracks.Count, languages);
        }

        var transcript = new Transcript
        {
            Language = translate ? translateTo! : track.LanguageCode,
            Source = translate ? TranscriptSource.YouTubeTranslation : track.IsGenerated ? TranscriptSource.AutoCaptions : TranscriptSource.Captions,
            TranslatedFrom = translate ? track.LanguageCode : null,
            Segments = segments,
        };
        var notes = choice.Skipped.Select(s => $"{s.Track.Name} ({s.Track.LanguageCode}): {s.Reason}").ToList();
        var value = new VideoTranscript(info.Metadata, transcript) { Notes = notes };
        return new ClientAttempt(profile, player.Status, tracks.Count, time.GetElapsedTime(started), value, null) { TrackLanguages = languages };
    }
}
