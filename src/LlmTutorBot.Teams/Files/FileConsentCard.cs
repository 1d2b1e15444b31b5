namespace LlmTutorBot.Teams.Files;

/// <summary>
/// The card that asks a user in personal chat for leave to put a file in their OneDrive. Teams answers with a
/// fileConsent/invoke carrying <see cref="AcceptContext"/> or <see cref="DeclineContext"/> back, and an upload URL.
/// </summary>
public sealed record FileConsentCard(string Description, long SizeInBytes, FileOfferContext AcceptContext, FileOfferContext DeclineContext)
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";
}
