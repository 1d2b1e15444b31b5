namespace LlmTutorBot.Core.Replies;

/// <summary>A titled part of a reply (TLDR, Takeaways, Outline…): a card section, an embed field or a heading.</summary>
public sealed record ReplySection(string Title, string Markdown);
