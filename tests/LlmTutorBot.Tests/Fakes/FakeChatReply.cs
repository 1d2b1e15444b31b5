namespace LlmTutorBot.Tests.Fakes;

/// <summary>What <see cref="FakeOpenAiServer"/> answers to one chat request.</summary>
internal sealed record FakeChatReply(FakeReplyKind Kind)
{
    /// <summary>The answer, as the chunks it streams in (joined when not streaming).</summary>
    public IReadOnlyList<string> Chunks { get; init; } = [];

    public int InputTokens { get; init; } = 100;

    public int OutputTokens { get; init; } = 10;

    /// <summary>Leaves usage out of the answer, as some OpenAI-compatible servers do.</summary>
    public bool OmitUsage { get; init; }

    public int Status { get; init; } = 200;

    /// <summary>The Retry-After header of a failure ("2", or an HTTP date).</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Awaited before streaming chunk n (from 0), so a test can interleave with the stream.</summary>
    public Func<int, CancellationToken, Task>? BeforeChunk { get; init; }

    public static FakeChatReply Text(string text, int inputTokens = 100, int outputTokens = 10) =>
        new(FakeReplyKind.Answer) { Chunks = [text], InputTokens = inputTokens, OutputTokens = outputTokens };

    public static FakeChatReply Streamed(params string[] chunks) => new(FakeReplyKind.Answer) { Chunks = chunks };

    public static FakeChatReply Fail(int status, string? retryAfter = null) => new(FakeReplyKind.Fail) { Status = status, RetryAfter = retryAfter };

    /// <summary>Never answers: the request hangs until the client cancels it.</summary>
    public static FakeChatReply Hang() => new(FakeReplyKind.Hang);
}
