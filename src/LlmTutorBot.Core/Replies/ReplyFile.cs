namespace LlmTutorBot.Core.Replies;

/// <summary>A file the reply carries, such as a translated .srt.</summary>
public sealed record ReplyFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>Where the bot serves the file ({Bot:PublicBaseUrl}/files/{id}/{name}) when it was published; null otherwise.</summary>
    public Uri? Link { get; init; }
}
