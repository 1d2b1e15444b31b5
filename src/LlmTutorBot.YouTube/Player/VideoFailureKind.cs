namespace LlmTutorBot.YouTube.Player;

/// <summary>Why a video's transcript cannot be had; each has its own message to the user.</summary>
public enum VideoFailureKind
{
    Private,
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
}
