namespace LlmTutorBot.YouTube.Text;

/// <summary>
/// A sentence rebuilt from captions: its text (capitalized, punctuated), when it is spoken, and the captions it came from
/// ([<see cref="FirstCaption"/>, <see cref="LastCaption"/>], indexes into the captions given), for quoting and linking.
/// </summary>
public sealed record TimedSentence(int Index, TimeSpan Start, TimeSpan End, string Text, int FirstCaption, int LastCaption)
{
    /// <summary>Words in the text (a CJK character counts as half a word).</summary>
    public int Words { get; init; }

    /// <summary>
    /// True when a rebuilt sentence was cut at the length limit (at its start or end) where the speech gave little sign
    /// of a boundary: it may start or end mid-clause. Summaries prefer the others.
    /// </summary>
    public bool Forced { get; init; }
}
