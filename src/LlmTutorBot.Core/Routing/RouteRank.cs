namespace LlmTutorBot.Core.Routing;

/// <summary>
/// The bands handlers rank in, by what a message is: a problem, a command, a file, a link, then plain text. The first
/// band with a handler that accepts the turn answers it; within a band, the handler with the highest
/// <see cref="IIntentHandler.Bid"/> wins, and equal bids go in intent-name order.
/// </summary>
public static class RouteRank
{
    /// <summary>Messages that cannot be handled at all (empty, too long).</summary>
    public const int InputGuard = 0;

    /// <summary>Slash commands that could not be read.</summary>
    public const int CommandError = 100;

    /// <summary>Valid commands (with a slash, from a platform's command menu, or a bare command word).</summary>
    public const int Command = 200;

    /// <summary>A message carrying a file a feature reads (a subtitle file): it is about that file.</summary>
    public const int Attachment = 300;

    /// <summary>A message carrying a link a feature reads (a YouTube video): it is about what it links to, whatever words surround it.</summary>
    public const int Link = 400;

    /// <summary>Free text that a feature recognizes (a question); features bid for it.</summary>
    public const int Content = 500;

    /// <summary>Whatever nothing else took.</summary>
    public const int Fallback = int.MaxValue;
}
