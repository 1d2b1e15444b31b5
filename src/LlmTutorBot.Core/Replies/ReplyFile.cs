namespace LlmTutorBot.Core.Replies;

/// <summary>A file the reply carries, such as a translated .srt.</summary>
public sealed record ReplyFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
