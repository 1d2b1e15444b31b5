namespace LlmTutorBot.Tests.Fakes;

/// <summary>How the fake server answers: with text, with an error status, or never.</summary>
internal enum FakeReplyKind
{
    Answer,
    Fail,
    Hang,
}
