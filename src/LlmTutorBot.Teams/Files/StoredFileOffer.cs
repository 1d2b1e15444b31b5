namespace LlmTutorBot.Teams.Files;

/// <summary>A file the bot offered with a FileConsentCard, kept in Redis until the user answers or the offer expires.</summary>
public sealed record StoredFileOffer(string FileName, string ContentType, byte[] Content, string? Locale);
