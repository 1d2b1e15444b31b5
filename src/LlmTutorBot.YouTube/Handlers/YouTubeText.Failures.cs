using LlmTutorBot.Core.Localization;
using LlmTutorBot.YouTube.Player;

namespace LlmTutorBot.YouTube.Handlers;

public static partial class YouTubeText
{
    public static readonly LocalizedText Private = new(typeof(YouTubeText), nameof(Private));

    public static readonly LocalizedText AgeRestricted = new(typeof(YouTubeText), nameof(AgeRestricted));

    public static readonly LocalizedText LoginRequired = new(typeof(YouTubeText), nameof(LoginRequired));

    public static readonly LocalizedText Unavailable = new(typeof(YouTubeText), nameof(Unavailable));

    public static readonly LocalizedText Live = new(typeof(YouTubeText), nameof(Live));

    public static readonly LocalizedText NoCaptions = new(typeof(YouTubeText), nameof(NoCaptions));

    public static readonly LocalizedText PoTokenRequired = new(typeof(YouTubeText), nameof(PoTokenRequired));

    public static readonly LocalizedText Blocked = new(typeof(YouTubeText), nameof(Blocked));

    public static readonly LocalizedText TooLong = new(typeof(YouTubeText), nameof(TooLong));

    public static readonly LocalizedText NotTranslatable = new(typeof(YouTubeText), nameof(NotTranslatable));

    public static readonly LocalizedText Unreachable = new(typeof(YouTubeText), nameof(Unreachable));

    public static readonly LocalizedText Removed = new(typeof(YouTubeText), nameof(Removed));

    public static readonly LocalizedText RateLimited = new(typeof(YouTubeText), nameof(RateLimited));

    public static readonly LocalizedText Busy = new(typeof(YouTubeText), nameof(Busy));

    public static readonly LocalizedText TranslationRefused = new(typeof(YouTubeText), nameof(TranslationRefused));

    /// <summary>Kinds whose sentence has a {0}, filled with the failure's detail.</summary>
    public static bool TakesDetail(VideoFailureKind kind) => kind is VideoFailureKind.TooLong or VideoFailureKind.Busy or VideoFailureKind.TranslationRefused;

    public static LocalizedText For(VideoFailureKind kind) => kind switch
    {
        VideoFailureKind.Private => Private,
        VideoFailureKind.Removed => Removed,
        VideoFailureKind.RateLimited => RateLimited,
        VideoFailureKind.Busy => Busy,
        VideoFailureKind.TranslationRefused => TranslationRefused,
        VideoFailureKind.AgeRestricted => AgeRestricted,
        VideoFailureKind.LoginRequired => LoginRequired,
        VideoFailureKind.Unavailable => Unavailable,
        VideoFailureKind.Live => Live,
        VideoFailureKind.NoCaptions => NoCaptions,
        VideoFailureKind.PoTokenRequired => PoTokenRequired,
        VideoFailureKind.Blocked => Blocked,
        VideoFailureKind.TooLong => TooLong,
        VideoFailureKind.NotTranslatable => NotTranslatable,
        _ => Unreachable,
    };
}
