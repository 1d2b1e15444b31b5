namespace LlmTutorBot.Core.Routing;

/// <summary>The bands handlers rank in. Within a band, handlers are asked in intent-name order.</summary>
public static class RouteRank
{
    /// <summary>Messages that cannot be handled at all (empty, too long).</summary>
    public const int InputGuard = 0;

    /// <summary>Slash commands that could not be read.</summary>
    public const int CommandError = 100;

    /// <summary>Valid slash commands.</summary>
    public const int Command = 200;

    /// <summary>Free text that a feature recognizes (a video link, a question).</summary>
    public const int Content = 500;

    /// <summary>Whatever nothing else took.</summary>
    public const int Fallback = int.MaxValue;
}
