using System.Text.Json;

namespace LlmTutorBot.Teams.Activities;

/// <summary>An attachment: a file, an Adaptive Card, or Teams' HTML rendering of the message.</summary>
public sealed record ActivityAttachment(string? ContentType)
{
    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    public JsonElement? Content { get; init; }
}
