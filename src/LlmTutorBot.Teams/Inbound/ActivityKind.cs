namespace LlmTutorBot.Teams.Inbound;

/// <summary>What an inbound activity asks of the bot.</summary>
public enum ActivityKind
{
    /// <summary>Nothing: an event the bot does not act on.</summary>
    Ignored,

    /// <summary>A turn: a message, a card submit or an Action.Execute press carrying a command.</summary>
    Turn,

    /// <summary>The bot was added to the conversation: say hello once.</summary>
    Welcome,

    /// <summary>A fileConsent/invoke: the user accepted or declined a file the bot offered.</summary>
    FileConsent,

    /// <summary>A message/submitAction feedback invoke: thumbs up or down on one of the bot's answers.</summary>
    Feedback,
}
