namespace LlmTutorBot.YouTube.Player;

/// <summary>Why a video's transcript cannot be had; each has its own message to the user.</summary>
public enum VideoFailureKind
{
    Private,

    /// <summary>Removed by the uploader or YouTube, or its account terminated: every client says so.</summary>
    Removed,

    AgeRestricted,
    LoginRequired,
    Unavailable,
    Live,
    NoCaptions,

    /// <summary>Every caption track needs a PO token, which the bot cannot make.</summary>
    PoTokenRequired,

    /// <summary>"Sign in to confirm you're not a bot", HTTP 429, or a captcha: YouTube refuses this host.</summary>
    Blocked,

    TooLong,

    /// <summary>YouTube cannot translate this video's captions.</summary>
    NotTranslatable,

    /// <summary>YouTube could not be reached or answered something unreadable.</summary>
    Unreachable,

    /// <summary>"This content isn't available, try again later": YouTube rate-limits this session or IP for up to an hour.</summary>
    RateLimited,

    /// <summary>This process already fetched YouTube:MaxFetchesPerMinute videos in the last minute; the detail is the seconds to wait.</summary>
    Busy,

    /// <summary>YouTube refused its own translation (&amp;tlang=) of a track whose original it serves; the detail is the track's language.</summary>
    TranslationRefused,
}
