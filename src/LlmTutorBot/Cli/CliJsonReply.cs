using System.Text.Encodings.Web;
using System.Text.Json;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Hosting;

namespace LlmTutorBot.Cli;

/// <summary>The CLI's JSON output, one object per answer. Field names are a contract with scripts: do not rename.</summary>
internal sealed record CliJsonReply(string Reply, string Intent, string Language, IReadOnlyList<CliJsonSource> Sources, bool Confident)
{
    // Chinese and accents stay readable instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Options = new(HostJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CliJsonReply From(TurnResult result) => new(
        ReplyMarkdown.Render(result.Reply),
        result.Intent,
        result.Language.Code(),
        [.. result.Reply.Sources.Select(s => new CliJsonSource(s.Title, s.Category, s.Score))],
        result.Reply.Confident);

    public string ToJsonLine() => JsonSerializer.Serialize(this, Options.GetTypeInfo(typeof(CliJsonReply)));
}

internal sealed record CliJsonSource(string Title, string? Category, double Score);
