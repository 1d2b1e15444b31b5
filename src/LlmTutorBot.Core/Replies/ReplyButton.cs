namespace LlmTutorBot.Core.Replies;

/// <summary>
/// A button. Pressing it sends <see cref="Command"/> (such as "/summarize https://youtu.be/…") as if the user
/// had typed it, so every platform's button reaches the same handler as the command.
/// </summary>
public sealed record ReplyButton(string Label, string Command);
