namespace LlmTutorBot.Core.Replies;

/// <summary>
/// A source an answer written by a model cites as "[<see cref="Number"/>]": a knowledge-base entry (its
/// <see cref="Reference"/> is "/faq &lt;id&gt;") or a video moment (its <see cref="Url"/> is youtu.be/ID?t=N).
/// </summary>
/// <param name="Number">The marker's number in the text, from 1.</param>
/// <param name="Title">The entry's title, or the video's title and moment.</param>
/// <param name="Abstract">An extract of the cited text.</param>
/// <param name="Url">A link to the source, when it has one.</param>
/// <param name="Reference">The command that shows the source in the chat, such as "/faq llm-basics-01".</param>
public sealed record ReplyCitation(int Number, string Title, string Abstract, Uri? Url = null, string? Reference = null);
