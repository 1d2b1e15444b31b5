namespace LlmTutorBot.YouTube.Captions;

/// <summary>The timedtext body formats the parser reads (the fmt= query parameter).</summary>
public enum TimedTextFormat
{
    /// <summary>XML "&lt;timedtext format="3"&gt;&lt;body&gt;&lt;p t d&gt;" in milliseconds.</summary>
    Srv3,

    /// <summary>JSON "{ events: [{ tStartMs, dDurationMs, segs: [{ utf8 }] }] }".</summary>
    Json3,

    /// <summary>XML "&lt;transcript&gt;&lt;text start dur&gt;" in seconds (the format without fmt=).</summary>
    Srv1,
}
