namespace LlmTutorBot.YouTube.Player;

/// <summary>
/// Picks the caption track to read: the first language of the priority list that has one (the uploader's captions
/// before YouTube's automatic ones), else the uploader's captions in any language, else automatic ones. Tracks
/// protected by a PO token are skipped with the reason.
/// </summary>
public static class CaptionTrackSelector
{
    public const string PoTokenReason = "its URL needs a PO token (exp=xpe/xpv), which YouTube requires from this client";

    public static TrackChoice Select(IReadOnlyList<CaptionTrack> tracks, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(languages);
        var skipped = tracks.Where(t => t.NeedsPoToken).Select(t => new SkippedTrack(t, PoTokenReason)).ToList();
        var usable = tracks.Where(t => !t.NeedsPoToken).ToList();
        foreach (var language in languages)
        {
            var match = usable.Where(t => Matches(t.LanguageCode, language)).OrderBy(t => t.IsGenerated).FirstOrDefault();
            if (match is not null)
            {
                return new TrackChoice(match, skipped);
            }
        }

        return new TrackChoice(usable.OrderBy(t => t.IsGenerated).FirstOrDefault(), skipped);
    }

    /// <summary>"en" matches "en", "en-US" and "en-GB"; "zh-Hans" matches "zh-Hans" and "zh".</summary>
    public static bool Matches(string trackLanguage, string wanted) =>
        trackLanguage.Equals(wanted, StringComparison.OrdinalIgnoreCase)
        || trackLanguage.StartsWith(wanted + "-", StringComparison.OrdinalIgnoreCase)
        || wanted.StartsWith(trackLanguage + "-", StringComparison.OrdinalIgnoreCase);
}
