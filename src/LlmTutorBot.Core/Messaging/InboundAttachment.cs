namespace LlmTutorBot.Core.Messaging;

/// <summary>A file sent with a message (a subtitle file, an image). The adapter fills what the platform gives.</summary>
public sealed record InboundAttachment(string Name, string? ContentType = null, Uri? Url = null, long? SizeBytes = null);
