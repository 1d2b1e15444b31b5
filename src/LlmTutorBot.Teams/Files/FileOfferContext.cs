namespace LlmTutorBot.Teams.Files;

/// <summary>What a FileConsentCard hands back when pressed: the random id under which the bot remembers the offered file.</summary>
public sealed record FileOfferContext(string OfferId);
