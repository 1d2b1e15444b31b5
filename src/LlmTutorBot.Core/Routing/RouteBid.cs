namespace LlmTutorBot.Core.Routing;

/// <summary>
/// How strongly a handler claims a turn that other handlers of its band accept too (see <see cref="IIntentHandler.Bid"/>),
/// from 0 to 1. Handlers that do not bid claim <see cref="Default"/>.
/// </summary>
public static class RouteBid
{
    /// <summary>The handler could answer, but has little to say (an out-of-scope question).</summary>
    public const double Weak = 0.2;

    /// <summary>The handler is unsure (it would offer choices).</summary>
    public const double Unsure = 0.4;

    /// <summary>The handler accepts the turn and has no view on how well it answers it.</summary>
    public const double Default = 0.5;

    /// <summary>The handler has a curated, confident answer.</summary>
    public const double Confident = 0.8;

    /// <summary>The message addresses the handler explicitly (a follow-up of its last answer, "what does the video say…").</summary>
    public const double Explicit = 0.95;
}
