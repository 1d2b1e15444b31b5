namespace LlmTutorBot.WebChat.Wire;

/// <summary>Activities since a watermark, and the watermark to ask from next.</summary>
public sealed record ActivitySet(IReadOnlyList<DirectLineActivity> Activities, string Watermark);
