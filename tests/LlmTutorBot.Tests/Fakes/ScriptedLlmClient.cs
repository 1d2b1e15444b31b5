using System.Text.RegularExpressions;
using LlmTutorBot.Llm.Chat;
using LlmTutorBot.Llm.Usage;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>
/// An ILlmClient that records every request and answers from a script (by default <see cref="PlausibleAnswers"/>):
/// tokens counted roughly (words and punctuation) unless a counter is given, answers streamed to OnPartial in pieces,
/// and a failure on demand from a given call on.
/// </summary>
internal sealed partial class ScriptedLlmClient : ILlmClient
{
    private readonly Lock _gate = new();
    private readonly List<LlmRequest> _requests = [];

    public bool IsEnabled { get; set; } = true;

    public LlmProviderInfo Provider { get; set; } = new("OpenAICompatible", "fake-model", 128_000);

    /// <summary>The answer to a request; the default writes plausible text in the shape each prompt asks for.</summary>
    public Func<LlmRequest, string> Answer { get; set; } = PlausibleAnswers.For;

    /// <summary>Counts tokens; the default counts words and punctuation marks.</summary>
    public Func<string, int> Counter { get; set; } = RoughCount;

    /// <summary>From this call on (1 = the first), every call throws LlmUnavailableException; null: never.</summary>
    public int? FailFromCall { get; set; }

    /// <summary>The size of each streamed piece.</summary>
    public int StreamPiece { get; set; } = 80;

    public IReadOnlyList<LlmRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public LlmUsage Spent { get; private set; }

    public int CountTokens(string text) => Counter(text);

    public async Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        int call;
        lock (_gate)
        {
            _requests.Add(request);
            call = _requests.Count;
        }

        if (call >= FailFromCall)
        {
            throw new LlmUnavailableException("The fake provider is down (scripted).");
        }

        var text = Answer(request);
        if (request.OnPartial is { } partial)
        {
            for (var end = Math.Min(StreamPiece, text.Length); end < text.Length; end = Math.Min(end + StreamPiece, text.Length))
            {
                await partial(text[..end], cancellationToken);
            }

            await partial(text, cancellationToken);
        }

        var usage = new LlmUsage(1, CountTokens(request.System) + CountTokens(request.User), CountTokens(text));
        lock (_gate)
        {
            Spent += usage;
        }

        return new LlmResponse(text, usage);
    }

    private static int RoughCount(string text) => Tokens().Count(text);

    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
