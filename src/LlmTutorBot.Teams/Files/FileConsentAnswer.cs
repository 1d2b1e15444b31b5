namespace LlmTutorBot.Teams.Files;

/// <summary>A fileConsent/invoke as the bot reads it: accepted or not, the offer it answers, and where to upload.</summary>
public sealed record FileConsentAnswer(bool Accepted, string? OfferId, FileUploadInfo? Upload);
