using System.Text.Json.Serialization;

namespace LlmTutorBot.Teams.Activities;

/// <summary>
/// What a citation's pop-up shows: the source's name, an abstract (Teams shows at most 160 characters), a link, and up
/// to three keywords (each at most 28 characters), used here for the "/faq &lt;id&gt;" that shows the entry.
/// </summary>
public sealed record CitationAppearance(string Name, string Abstract)
{
    public const int MaxAbstract = 160;
    public const int MaxKeyword = 28;

    [JsonPropertyName("@type")]
    public string SchemaType { get; init; } = "DigitalDocument";

    public string? Url { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }
}
