namespace LlmTutorBot.Teams.Files;

/// <summary>Where Teams lets the bot put an accepted file: a pre-authorized upload URL, and the file's OneDrive address and id.</summary>
public sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
