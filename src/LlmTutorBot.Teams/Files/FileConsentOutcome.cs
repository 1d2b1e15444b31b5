namespace LlmTutorBot.Teams.Files;

/// <summary>What a fileConsent/invoke leads to: the offered file to upload or forget, or the reason it is refused.</summary>
public sealed record FileConsentOutcome(StoredFileOffer? Offer, string? Refusal)
{
    public static FileConsentOutcome Refuse(string reason) => new(null, reason);
}
