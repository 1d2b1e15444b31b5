namespace LlmTutorBot.Tests.Fakes;

/// <summary>A message of a recorded request: its role ("system", "user") and text.</summary>
internal sealed record FakeChatMessage(string Role, string Content);
