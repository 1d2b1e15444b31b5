namespace LlmTutorBot.Teams.Files;

/// <summary>The content of the card that shows an uploaded file in the chat (the attachment's contentUrl and name say where and what).</summary>
public sealed record FileInfoCard(string? UniqueId, string? FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.info";
}
